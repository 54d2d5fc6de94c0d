// The site's three behaviours, in plain JavaScript with nothing to install: the light/dark
// toggle, the MyBatis/Hibernate tabs, and the search over the index built at build time
// (assets/search-index.js). Every page stays readable without them.
(function () {
  'use strict';

  var root = (document.querySelector('meta[name="site-root"]') || {}).content || './';

  function remember(key, value) {
    try { localStorage.setItem(key, value); } catch (storageDenied) { /* not remembered, still works */ }
  }

  function recall(key) {
    try { return localStorage.getItem(key); } catch (storageDenied) { return null; }
  }

  // --- Theme: the system's choice until the reader presses the toggle, then theirs on every page.
  var html = document.documentElement;
  var toggle = document.querySelector('.theme-toggle');
  if (toggle) {
    toggle.addEventListener('click', function () {
      var current = html.getAttribute('data-theme')
        || (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
      var next = current === 'dark' ? 'light' : 'dark';
      html.setAttribute('data-theme', next);
      remember('dbpatterns-theme', next);
    });
  }

  // --- Tabs: an open block with role "tabs" holding example blocks with role "tab", each titled
  // by its style. Choosing a style shows it in every tab set of the page, and on the next page.
  var STYLE_KEY = 'dbpatterns-style';
  var tabSets = Array.prototype.slice.call(document.querySelectorAll('.openblock.tabs'));

  tabSets.forEach(function (set, setNumber) {
    var panels = Array.prototype.slice.call(set.querySelectorAll(':scope > .content > .exampleblock.tab'));
    var bar = document.createElement('div');
    bar.className = 'tab-bar';
    bar.setAttribute('role', 'tablist');
    panels.forEach(function (panel, panelNumber) {
      var title = panel.querySelector(':scope > .title');
      var name = title ? title.textContent.trim() : 'Tab ' + (panelNumber + 1);
      panel.id = panel.id || 'tabs-' + setNumber + '-' + panelNumber;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('data-tab', name);
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = name;
      button.setAttribute('role', 'tab');
      button.setAttribute('data-tab', name);
      button.setAttribute('aria-controls', panel.id);
      button.addEventListener('click', function () {
        choose(name);
        remember(STYLE_KEY, name);
      });
      bar.appendChild(button);
    });
    set.insertBefore(bar, set.firstChild);
    set.classList.add('tabs-ready');
  });

  function choose(name) {
    tabSets.forEach(function (set) {
      var panels = Array.prototype.slice.call(set.querySelectorAll('.exampleblock.tab[data-tab]'));
      var hasIt = panels.some(function (panel) { return panel.getAttribute('data-tab') === name; });
      var shown = hasIt ? name : panels.length ? panels[0].getAttribute('data-tab') : null;
      panels.forEach(function (panel) { panel.hidden = panel.getAttribute('data-tab') !== shown; });
      set.querySelectorAll('.tab-bar button').forEach(function (button) {
        var selected = button.getAttribute('data-tab') === shown;
        button.setAttribute('aria-selected', String(selected));
        button.tabIndex = selected ? 0 : -1;
      });
    });
  }

  if (tabSets.length) {
    choose(recall(STYLE_KEY) || 'MyBatis');
  }

  // --- Search: every term must occur in a section; a term in its title counts most.
  var input = document.getElementById('site-search');
  var list = document.getElementById('site-search-results');
  var entries = window.DBPATTERNS_SEARCH_INDEX || [];
  if (!input || !list) {
    return;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function score(entry, terms) {
    var title = entry.title.toLowerCase();
    var text = entry.text.toLowerCase();
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var inTitle = title.indexOf(terms[i]) >= 0;
      var at = text.indexOf(terms[i]);
      if (!inTitle && at < 0) {
        return 0;
      }
      total += (inTitle ? 10 : 0) + (at >= 0 ? 1 + Math.min(5, text.split(terms[i]).length - 2) : 0);
    }
    return total;
  }

  function snippet(text, terms) {
    var lower = text.toLowerCase();
    var at = lower.indexOf(terms[0]);
    var start = Math.max(0, (at < 0 ? 0 : at) - 60);
    var piece = (start > 0 ? '…' : '') + text.substr(start, 160) + (start + 160 < text.length ? '…' : '');
    var marked = escapeHtml(piece);
    terms.forEach(function (term) {
      var pattern = new RegExp('(' + escapeHtml(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ')', 'gi');
      marked = marked.replace(pattern, '<mark>$1</mark>');
    });
    return marked;
  }

  function search(query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!terms.length) {
      list.hidden = true;
      list.innerHTML = '';
      return;
    }
    var found = entries
      .map(function (entry) { return { entry: entry, score: score(entry, terms) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score; })
      .slice(0, 12);
    list.innerHTML = found.length
      ? found.map(function (hit) {
          var e = hit.entry;
          return '<li><a href="' + root + e.url + '"><span class="where">' + escapeHtml(e.page) + '</span>'
            + '<strong>' + escapeHtml(e.title) + '</strong>'
            + '<span class="snippet">' + snippet(e.text, terms) + '</span></a></li>';
        }).join('')
      : '<li class="empty">Nothing on this site matches “' + escapeHtml(query) + '”.</li>';
    list.hidden = false;
  }

  input.addEventListener('input', function () { search(input.value); });
  input.addEventListener('keydown', function (event) {
    var first = list.querySelector('a');
    if (event.key === 'Escape') {
      input.value = '';
      search('');
    } else if (event.key === 'Enter' && first) {
      window.location.href = first.href;
    } else if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    }
  });
  document.addEventListener('click', function (event) {
    if (!event.target.closest('.site-search')) {
      list.hidden = true;
    }
  });
})();
