import { CountyRadar } from './radar.js';

// Register once: a page may load the package and the embed bundle side by side.
if (!customElements.get('county-radar')) customElements.define('county-radar', CountyRadar);

declare global {
  interface HTMLElementTagNameMap {
    'county-radar': CountyRadar;
  }
}

export { CountyRadar };
