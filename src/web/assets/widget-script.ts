/**
 * The embeddable widget as served at /widget.js: the parts below concatenated into one
 * function scope, with the stylesheet inlined as a string for the shadow root. Build-free and
 * runtime-agnostic (no file reads at request time), so Node and Workers serve the same bytes.
 */
import { MAX_TEXT_LENGTH } from '../../core/turn-engine.js';
import { widgetActions } from './widget-actions.js';
import { widgetCore } from './widget-core.js';
import { widgetCount } from './widget-count.js';
import { widgetHistory } from './widget-history.js';
import { widgetLayout } from './widget-layout.js';
import { widgetMain } from './widget-main.js';
import { widgetRender } from './widget-render.js';
import { widgetStyles } from './widget-styles.js';
import { widgetUi } from './widget-ui.js';
import { widgetVoice } from './widget-voice.js';

export const WIDGET_CSS = widgetStyles.trim() + '\n';

export const WIDGET_JS = [
  '/*! Stadtlotse web widget | MIT | <script src="https://HOST/widget.js" data-city="dueren" defer></script> */',
  '(function () {',
  "'use strict';",
  `var CSS = ${JSON.stringify(WIDGET_CSS)};`,
  // The server's limit (/api/chat answers 400 above it): the field's maxlength and its counter.
  `var MAX_CHARS = ${MAX_TEXT_LENGTH};`,
  widgetCore,
  widgetRender,
  widgetUi,
  widgetCount,
  widgetActions,
  widgetHistory,
  widgetLayout,
  widgetVoice,
  widgetMain,
  '})();',
  '',
].join('\n');
