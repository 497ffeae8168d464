// The radar's shared words live in describe.ts; this path stays for src/static/render.ts.
export { radarText, bilingual, type RadarStringKey } from './describe.js';
