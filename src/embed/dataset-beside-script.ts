import { useDatasetBesideScript } from './default-source.js';
import { ownScriptUrl } from './own-script-url.js';

// `new URL('./county-charts-data.json', <url of county-charts.js>)`: in the embed bundle this
// module's code is in that file.
const scriptUrl = ownScriptUrl();
if (scriptUrl) useDatasetBesideScript(scriptUrl);
