// pino-roll 4 ships JavaScript with JSDoc only: the part of its API the file logger uses.
declare module 'pino-roll' {
  import type SonicBoom from 'sonic-boom';
  import type { SonicBoomOpts } from 'sonic-boom';

  type PinoRollOptions = Partial<SonicBoomOpts> & {
    file: string | (() => string);
    size?: string | number;
    frequency?: 'daily' | 'hourly' | number;
    extension?: string;
    symlink?: boolean;
    limit?: { count?: number; removeOtherLogFiles?: boolean };
    dateFormat?: string;
  };

  export default function pinoRoll(options: PinoRollOptions): Promise<SonicBoom>;
}
