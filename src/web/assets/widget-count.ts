/**
 * Widget part 3b: the length limit of a message (MAX_CHARS, the server's limit). The field's maxlength cuts
 * typed and pasted text at the limit without a word, so a pasted letter lost its end unnoticed. Near the
 * limit a counter appears under the field; reaching it, or a paste or drop that was cut, says so in the
 * counter (red) and once through the status region for screen readers, not at every key.
 */
export const widgetCount = String.raw`
var COUNT_FROM = MAX_CHARS - 100;
var countLevel = 'ok';
var cutPending = false;

function formatCount(n) {
  try { return n.toLocaleString(state.locale === 'en' ? 'en-GB' : 'de-DE'); } catch (e) { return String(n); }
}

function countLevelOf(length, cut) {
  // The note about a cut paste stays while the field is still full, so it is there when the citizen looks.
  if (cut || (countLevel === 'cut' && length >= MAX_CHARS)) return 'cut';
  if (length >= MAX_CHARS) return 'full';
  return length >= COUNT_FROM ? 'near' : 'ok';
}

function countText(level, length) {
  if (level === 'cut') return t('countCut', { max: formatCount(MAX_CHARS) });
  if (level === 'full') return t('countFull', { max: formatCount(MAX_CHARS) });
  return level === 'near' ? t('countLeft', { n: formatCount(MAX_CHARS - length) }) : '';
}

/** Shows what the field's length means; announces a new level (near, full, cut) unless quiet (relabelling). */
function updateCount(cut, quiet) {
  var length = ui.input.value.length;
  var level = countLevelOf(length, cut);
  var text = countText(level, length);
  ui.count.textContent = text;
  ui.count.hidden = !text;
  ui.count.classList.toggle('sl-count-full', level === 'full' || level === 'cut');
  if (level !== countLevel && level !== 'ok' && !quiet) announce(text);
  countLevel = level;
}

/** A paste or drop longer than the room left is cut by maxlength; the note follows once the field has it. */
function onInsert(event) {
  var data = event.type === 'paste' ? event.clipboardData : event.dataTransfer;
  var inserted = data ? String(data.getData('text') || '').replace(/\r\n/g, '\n') : '';
  var input = ui.input;
  var replaced = event.type === 'paste' ? Math.abs((input.selectionEnd || 0) - (input.selectionStart || 0)) : 0;
  if (inserted.length <= MAX_CHARS - input.value.length + replaced) return;
  // Also when the field was full already: then nothing changes and no input event comes.
  cutPending = true;
  setTimeout(function () { cutPending = false; updateCount(true); }, 0);
}

function watchCount(input) {
  input.addEventListener('paste', onInsert);
  input.addEventListener('drop', onInsert);
  input.addEventListener('input', function () { if (!cutPending) updateCount(false); });
}
`;
