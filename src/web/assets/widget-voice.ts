/**
 * Widget part 5: voice. Read-aloud uses speechSynthesis and is offered only once the browser has a
 * voice; the microphone uses (webkit)SpeechRecognition and hides itself when the browser cannot
 * recognise speech. Without either (headless Chromium, some privacy browsers) the chat is unchanged.
 */
export const widgetVoice = String.raw`
var synth = typeof window.speechSynthesis === 'object' && typeof window.SpeechSynthesisUtterance === 'function' ? window.speechSynthesis : null;
var Recognition = window.SpeechRecognition || window.webkitSpeechRecognition || null;
var recognition = null;
var MIC_OFF_KEY = 'stadtlotse:mic-unavailable';

function voicesReady() {
  var has = false;
  try { has = !!synth && synth.getVoices().length > 0; } catch (e) { has = false; }
  ui.root.classList.toggle('sl-tts', has);
}

function initVoice() {
  if (synth) {
    voicesReady();
    if (typeof synth.addEventListener === 'function') synth.addEventListener('voiceschanged', voicesReady);
  }
  // Offered only with a recognizer, a microphone and the host page's permission for it; shown once all three are known.
  ui.mic.hidden = true;
  var policy = document.permissionsPolicy || document.featurePolicy;
  if (!Recognition || store('session', MIC_OFF_KEY) === '1') return;
  if (policy && typeof policy.allowsFeature === 'function' && !policy.allowsFeature('microphone')) return;
  if (!navigator.mediaDevices || typeof navigator.mediaDevices.enumerateDevices !== 'function') return;
  navigator.mediaDevices.enumerateDevices().then(function (devices) {
    ui.mic.hidden = !devices.some(function (d) { return d.kind === 'audioinput'; });
  }, function () { /* no device list: no microphone button */ });
}

function speak(text, lang) {
  if (!synth) return;
  synth.cancel();
  var utterance = new window.SpeechSynthesisUtterance(String(text));
  utterance.lang = lang === 'en' ? 'en-GB' : 'de-DE';
  var voice = synth.getVoices().filter(function (v) { return v.lang && v.lang.slice(0, 2) === utterance.lang.slice(0, 2); })[0];
  try { if (voice) utterance.voice = voice; } catch (e) { /* the browser picks a voice by lang */ }
  synth.speak(utterance);
}

function stopSpeaking() {
  if (synth) synth.cancel();
}

function toggleMic() {
  if (recognition) { recognition.stop(); return; }
  try { recognition = new Recognition(); } catch (e) { micUnavailable(); return; }
  recognition.lang = state.locale === 'en' ? 'en-GB' : 'de-DE';
  recognition.interimResults = false;
  recognition.maxAlternatives = 1;
  recognition.onresult = function (event) {
    var result = event.results && event.results[0] && event.results[0][0];
    if (result && result.transcript) {
      // Set directly, so maxlength does not apply: the counter still says when it is over the limit.
      ui.input.value = (ui.input.value ? ui.input.value + ' ' : '') + result.transcript;
      updateCount(false);
      ui.input.focus();
    }
  };
  recognition.onerror = function (event) {
    if (event.error === 'not-allowed' || event.error === 'service-not-allowed' || event.error === 'network' || event.error === 'language-not-supported') micUnavailable();
  };
  recognition.onend = function () {
    recognition = null;
    ui.mic.setAttribute('aria-pressed', 'false');
    ui.root.classList.remove('sl-listening');
  };
  ui.mic.setAttribute('aria-pressed', 'true');
  ui.root.classList.add('sl-listening');
  announce(t('listening'));
  try { recognition.start(); } catch (e) { recognition = null; micUnavailable(); }
}

function micUnavailable() {
  store('session', MIC_OFF_KEY, '1');
  ui.mic.hidden = true;
  ui.root.classList.remove('sl-listening');
  announce(t('micUnavailable'));
  ui.input.focus();
}
`;
