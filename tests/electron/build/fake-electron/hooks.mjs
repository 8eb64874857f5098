// Node module hooks: `import ... from "electron"` in the built main bundle gets the fake next to
// this file. (The real package cannot load without its binary; it would try to download it.)
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: new URL('./electron.mjs', import.meta.url).href, shortCircuit: true };
  return next(specifier, context);
}
