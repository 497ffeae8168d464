import { createApp } from 'vue';
// Registers <county-target-bars>, <county-trend-line> and <county-radar>.
import 'county-charts/define';
import App from './App.vue';

createApp(App).mount('#app');
