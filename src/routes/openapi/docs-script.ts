/**
 * @module
 * The "try it" script of `/docs`, inlined (no CDN, works offline). Plain ES2017 in a string so the
 * Worker bundler's helpers never leak into the browser.
 */

/**
 * Sends each operation's form to the API and prints status, headers of note and body.
 *
 * @example
 * ```tsx
 * <script dangerouslySetInnerHTML={{ __html: DOCS_SCRIPT }} />
 * ```
 */
export const DOCS_SCRIPT = `
(function () {
  'use strict';
  document.querySelectorAll('form.try').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var out = form.querySelector('pre.out');
      var path = form.dataset.path, query = new URLSearchParams();
      form.querySelectorAll('input[data-in]').forEach(function (input) {
        if (input.value === '') return;
        if (input.dataset.in === 'path') path = path.replace('{' + input.name + '}', encodeURIComponent(input.value));
        else if (input.dataset.in === 'query') query.set(input.name, input.value);
      });
      var init = { method: form.dataset.method.toUpperCase(), headers: { accept: 'application/json' } };
      var body = form.querySelector('textarea');
      if (body) { init.body = body.value; init.headers['content-type'] = form.dataset.type || 'application/json'; }
      var url = path + (query.toString() ? '?' + query.toString() : '');
      out.hidden = false;
      out.textContent = init.method + ' ' + url + ' …';
      fetch(url, init).then(function (res) {
        return res.text().then(function (text) {
          var shown = text;
          try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* not JSON: show as is */ }
          var type = res.headers.get('content-type') || '';
          out.textContent = init.method + ' ' + url + '\\n' + res.status + ' ' + res.statusText + '  ' + type + '\\n\\n' + shown;
        });
      }).catch(function (error) { out.textContent = String(error); });
    });
  });
})();
`
