// Stamped by the build (vite.config.ts `define`) from package.json.
declare const __CLF_VERSION__: string;

export const version: string = __CLF_VERSION__;
