/**
 * @module
 * The playground's browser script, inlined into the page. Plain ES2017 in a string, not a
 * bundled function: the Worker bundler's helpers (e.g. `__name`) would not exist in the browser.
 * It only calls the JSON API and builds DOM with textContent, so article text is never parsed as HTML.
 */

/**
 * The script: ask on submit (Enter), render answer, passages and summary, load the document summary.
 *
 * @example
 * ```tsx
 * <script dangerouslySetInnerHTML={{ __html: PLAYGROUND_SCRIPT }} />
 * ```
 */
export const PLAYGROUND_SCRIPT = `
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var form = $('ask-form'), input = $('q'), picker = $('doc'), statusLine = $('status');

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function link(href, text) { var a = el('a', '', text); a.href = href; return a; }
  function status(text, isError) { statusLine.textContent = text; statusLine.className = isError ? 'error' : ''; }

  // Text with ranges ([start, end, class]) wrapped in <mark>: a piece inside several ranges gets
  // all their classes (answer span inside its sentence, matched terms inside either).
  function marked(text, ranges) {
    var cuts = [0, text.length];
    ranges.forEach(function (r) { cuts.push(Math.max(0, Math.min(text.length, r[0])), Math.max(0, Math.min(text.length, r[1]))); });
    cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    var out = document.createDocumentFragment();
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1], piece = text.slice(a, b);
      var classes = ranges.filter(function (r) { return r[0] <= a && b <= r[1]; }).map(function (r) { return r[2]; });
      if (classes.length === 0) out.appendChild(document.createTextNode(piece));
      else out.appendChild(el('mark', classes.filter(function (c, j) { return classes.indexOf(c) === j; }).join(' '), piece));
    }
    return out;
  }
  function termRanges(highlights) { return (highlights || []).map(function (h) { return [h[0], h[1], 'term']; }); }
  function answerRanges(answer, offset) {
    return [[answer.sentenceStart - offset, answer.sentenceEnd - offset, 'sentence'], [answer.start - offset, answer.end - offset, 'answer']];
  }

  function getJson(url) {
    return fetch(url, { headers: { accept: 'application/json' } }).then(function (res) {
      return res.json().then(function (body) {
        if (!res.ok) throw new Error(body && body.detail ? body.detail : 'HTTP ' + res.status);
        return body;
      });
    });
  }
  function selectedDoc() { return picker && picker.value ? picker.value : ''; }

  function renderAnswer(result) {
    var box = $('answer'); box.textContent = ''; box.hidden = false;
    box.appendChild(el('h2', '', 'Answer'));
    var card = el('div', 'card');
    var answer = result.answer;
    if (!answer) {
      card.className = 'card abstain';
      card.appendChild(el('p', 'answer-text', 'No answer in the articles'));
      var why = result.abstention ? result.abstention.reason + ' (' + result.abstention.code + ')' : '';
      card.appendChild(el('p', 'meta', why));
      var closest = result.abstention && result.abstention.closest;
      if (closest) {
        var near = el('p', 'support');
        near.appendChild(el('span', 'meta', 'Closest sentence' + ' (paragraph ' + closest.paragraph + '): '));
        near.appendChild(closest.link ? link(closest.link, closest.sentence) : document.createTextNode(closest.sentence));
        card.appendChild(near);
      }
      box.appendChild(card);
      return;
    }
    var verdict = answer.type === 'yes-no' && answer.normalized ? (answer.normalized === 'yes' ? 'Yes' : 'No') : '';
    card.appendChild(el('p', 'answer-text', verdict || answer.text));
    var meta = el('div', 'meta');
    meta.appendChild(el('span', 'badge', answer.type));
    meta.appendChild(el('span', '', 'confidence ' + Math.round(answer.confidence * 100) + '%'));
    if (answer.link) meta.appendChild(link(answer.link, 'source, paragraph ' + answer.paragraph));
    card.appendChild(meta);
    var hit = result.passages.filter(function (p) { return p.documentId === answer.documentId && p.paragraph === answer.paragraph; })[0];
    var support = el('p', 'support');
    if (hit) support.appendChild(marked(hit.text, answerRanges(answer, 0).concat(termRanges(hit.highlights))));
    else support.appendChild(marked(answer.sentence, answerRanges(answer, answer.sentenceStart)));
    card.appendChild(support);
    box.appendChild(card);
  }

  function renderPassages(result) {
    var box = $('passages'); box.textContent = ''; box.hidden = false;
    box.appendChild(el('h2', '', 'Summary'));
    box.appendChild(el('p', 'card', result.summary));
    box.appendChild(el('h2', '', 'Ranked passages'));
    if (result.passages.length === 0) { box.appendChild(el('p', 'meta', 'No passage matches.')); return; }
    var list = el('ol', 'passages');
    result.passages.forEach(function (p) {
      var item = el('li', 'card');
      if (p.heading) item.appendChild(el('div', 'heading', p.heading));
      var isAnswer = result.answer && result.answer.documentId === p.documentId && result.answer.paragraph === p.paragraph;
      var ranges = (isAnswer ? answerRanges(result.answer, 0) : []).concat(termRanges(p.highlights));
      item.appendChild(el('p', '')).appendChild(marked(p.text, ranges));
      var meta = el('div', 'meta');
      meta.appendChild(el('span', '', p.documentId + ' · paragraph ' + p.paragraph + ' · score ' + p.score));
      if (p.link) meta.appendChild(link(p.link, 'open'));
      item.appendChild(meta);
      list.appendChild(item);
    });
    box.appendChild(list);
  }

  function ask() {
    var question = input.value.trim();
    if (!question) { status('Type a question first.', true); return; }
    var params = new URLSearchParams({ q: question });
    if (selectedDoc()) params.set('doc', selectedDoc());
    status('Searching…');
    history.replaceState(null, '', '?' + params.toString());
    getJson('/ask?' + params.toString() + '&k=5').then(function (result) {
      renderAnswer(result); renderPassages(result);
      status(result.answer ? '' : 'The service abstained.');
    }).catch(function (error) { status(error.message, true); });
  }

  function loadSummary() {
    var doc = selectedDoc() || (picker && picker.options.length > 1 ? picker.options[1].value : '');
    getJson('/summary' + (doc ? '?doc=' + encodeURIComponent(doc) : '')).then(function (s) {
      var box = $('doc-summary'); box.textContent = '';
      box.appendChild(el('h2', '', 'About ' + s.title + (s.date ? ' (' + s.date + ')' : '')));
      var card = el('div', 'card');
      card.appendChild(el('p', '', s.summary));
      card.appendChild(link('/documents/' + encodeURIComponent(s.documentId), 'Read the document'));
      box.appendChild(card);
    }).catch(function (error) { status(error.message, true); });
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); ask(); });
  if (picker) picker.addEventListener('change', loadSummary);
  var initial = new URLSearchParams(location.search);
  if (initial.get('doc') && picker) picker.value = initial.get('doc');
  loadSummary();
  if (initial.get('q')) { input.value = initial.get('q'); ask(); }
})();
`
