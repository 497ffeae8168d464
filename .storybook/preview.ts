import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import customElements from '../custom-elements.json';
import './preview.css';
import { applyStoryGlobals, type StoryGlobals } from './story-globals.js';

setCustomElementsManifest(customElements);

// The toolbar's language, theme and width apply to every story: the story is wrapped in a column of
// that width (the `lang` set on it), and every county-* element inside gets the `lang` and `theme`
// chosen. "As the story says" (the default) leaves the story's own arguments alone.
const withStoryGlobals: Decorator = (story, context) => {
  const globals = context.globals as StoryGlobals;
  const width = Number(globals.width) || 0;
  const theme = globals.theme || '';
  return html`<div
    class="county-sb-frame"
    data-width=${width || 'story'}
    data-theme=${theme || 'story'}
    lang=${globals.lang || 'zh-CN'}
    style=${width ? `width:${width}px;max-width:none` : ''}
    ${ref((el) => applyStoryGlobals(el, globals))}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withStoryGlobals],
  globalTypes: {
    lang: {
      description: 'Language of every chart (lang attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: '', title: 'Language: as the story says' },
          { value: 'zh-CN', title: '中文 (zh-CN)', right: 'zh-CN' },
          { value: 'en', title: 'English (en)', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of every chart (theme attribute)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: '', title: 'Theme: as the story says' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (follows the system)', icon: 'mirror' },
        ],
        dynamicTitle: true,
      },
    },
    width: {
      description: 'Width of the column the story is drawn in',
      toolbar: {
        title: 'Width',
        icon: 'ruler',
        items: [
          { value: '', title: 'Width: as the story says' },
          { value: '320', title: '320 px (phone)' },
          { value: '768', title: '768 px (tablet, article column)' },
          { value: '1200', title: '1200 px (desktop)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: '', theme: '', width: '' },
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    // Every story is checked with axe (the Accessibility panel); violations count as errors in
    // story tests. Rules: WCAG 2.0/2.1 A and AA plus axe's best practices.
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      },
    },
  },
};
export default preview;
