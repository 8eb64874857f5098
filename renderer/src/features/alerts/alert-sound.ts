/**
 * A short two-tone chime for urgent alerts in the browser view, where no OS notification plays a
 * sound. Synthesised with Web Audio, so no audio file has to be shipped or allowed by the CSP.
 */
let context: AudioContext | null = null;

/** Play the chime; louder and three notes for a P1. Silently does nothing where audio is unavailable. */
export function playAlertChime(urgent: boolean): void {
  try {
    context ??= new AudioContext();
    // Browsers start audio suspended until the page has seen a user gesture; resume if we may.
    if (context.state === 'suspended') void context.resume();
    const notes = urgent ? [880, 660, 880] : [660, 880];
    const start = context.currentTime;
    notes.forEach((frequency, i) => {
      const osc = context!.createOscillator();
      const gain = context!.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      const t = start + i * 0.18;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(urgent ? 0.3 : 0.18, t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.16);
      osc.connect(gain).connect(context!.destination);
      osc.start(t);
      osc.stop(t + 0.17);
    });
  } catch {
    // No audio device or Web Audio disabled: the banner and the title still carry the alert.
  }
}
