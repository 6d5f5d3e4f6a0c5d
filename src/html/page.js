// The figures explorer's script: search, filters, state in the URL and copy buttons. The page
// is complete without it; it fetches nothing.
(function () {
  'use strict';

  var list = document.getElementById('figure-list');
  var form = document.getElementById('finder');
  var section = document.getElementById('finder-section');
  if (!list || !form || !section) {
    return;
  }
  var items = Array.prototype.slice.call(list.querySelectorAll('li.figure'));
  var search = document.getElementById('q');
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'));
  var count = document.getElementById('match-count');
  var noMatch = document.getElementById('no-match');
  var copyStatus = document.getElementById('copy-status');
  var total = items.length;

  // Case- and accent-insensitive text.
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function textOf(item, selector) {
    var node = item.querySelector(selector);
    return node ? node.textContent : '';
  }

  var haystacks = items.map(function (item) {
    return fold([
      textOf(item, '.as-written'),
      textOf(item, '.measure'),
      textOf(item, '.quote')
    ].join(' \n '));
  });

  function words() {
    return fold(search.value).split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  function matches(item, index, terms) {
    for (var i = 0; i < selects.length; i++) {
      var wanted = selects[i].value;
      if (!wanted) {
        continue;
      }
      var name = selects[i].name;
      if (name === 'topic') {
        if ((item.dataset.topics || '').split(' ').indexOf(wanted) < 0) {
          return false;
        }
      } else if (item.dataset[name] !== wanted) {
        return false;
      }
    }
    for (var j = 0; j < terms.length; j++) {
      if (haystacks[index].indexOf(terms[j]) < 0) {
        return false;
      }
    }
    return true;
  }

  function linkedItem() {
    if (!location.hash) {
      return null;
    }
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      return null;
    }
    var node = document.getElementById(id);
    return node && node.classList.contains('figure') ? node : null;
  }

  function apply() {
    var terms = words();
    var linked = linkedItem();
    var shown = 0;
    items.forEach(function (item, index) {
      var ok = matches(item, index, terms);
      item.classList.toggle('linked', !ok && item === linked);
      item.hidden = !ok && item !== linked;
      if (ok) {
        shown += 1;
      }
    });
    var filtered = terms.length > 0 || selects.some(function (s) { return s.value; });
    if (!filtered) {
      count.textContent = 'All ' + total + ' figures, in report order.';
    } else if (shown === 1) {
      count.textContent = '1 of ' + total + ' figures matches.';
    } else {
      count.textContent = shown + ' of ' + total + ' figures match.';
    }
    noMatch.hidden = shown > 0;
  }

  // The query string holds the search and the filters; the fragment, the figure.
  function readState() {
    var params = new URLSearchParams(location.search);
    search.value = params.get('q') || '';
    selects.forEach(function (select) {
      var value = params.get(select.name) || '';
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
      select.value = known ? value : '';
    });
  }

  function writeState() {
    var params = new URLSearchParams();
    var q = search.value.trim();
    if (q) {
      params.set('q', q);
    }
    selects.forEach(function (select) {
      if (select.value) {
        params.set(select.name, select.value);
      }
    });
    var query = params.toString();
    var url = location.pathname + (query ? '?' + query : '') + location.hash;
    try {
      history.replaceState(null, '', url);
    } catch (e) {
      // Some browsers refuse history changes on file: pages; the view still works.
    }
  }

  function update() {
    apply();
    writeState();
  }

  function reset() {
    search.value = '';
    selects.forEach(function (select) { select.value = ''; });
    update();
  }

  function scrollToLinked() {
    var item = linkedItem();
    if (item) {
      item.scrollIntoView();
    }
  }

  // Copying: the citation line, or the BibTeX of the works a figure rests on.
  function announce(button, message) {
    copyStatus.textContent = message;
    var mark = button.parentNode.querySelector('.copied');
    if (mark) {
      mark.textContent = message;
      window.setTimeout(function () {
        if (mark.textContent === message) {
          mark.textContent = '';
        }
      }, 4000);
    }
  }

  function fallbackCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.top = '0';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand('copy');
    } catch (e) {
      ok = false;
    }
    document.body.removeChild(area);
    return ok;
  }

  function copy(button, text, what) {
    var done = function () { announce(button, 'Copied the ' + what + '.'); };
    var failed = function () {
      if (fallbackCopy(text)) {
        done();
      } else {
        announce(button, 'Could not copy: select the text and copy it.');
      }
      button.focus();
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, failed);
    } else {
      failed();
    }
  }

  function copyText(button) {
    if (button.dataset.copyText) {
      var node = document.getElementById(button.dataset.copyText);
      return node ? [node.textContent.trim(), 'citation'] : null;
    }
    if (button.dataset.copyBibtex) {
      var entries = button.dataset.copyBibtex.split(' ').map(function (id) {
        var pre = document.getElementById('bibtex-' + id);
        return pre ? pre.textContent.trim() + '\n' : '';
      }).filter(function (e) { return e; });
      return entries.length ? [entries.join('\n'), 'BibTeX'] : null;
    }
    return null;
  }

  list.addEventListener('click', function (event) {
    var button = event.target.closest('button.copy');
    if (!button) {
      return;
    }
    var found = copyText(button);
    if (found) {
      copy(button, found[0], found[1]);
    }
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    update();
  });
  form.addEventListener('reset', function (event) {
    event.preventDefault();
    reset();
  });
  search.addEventListener('input', update);
  selects.forEach(function (select) { select.addEventListener('change', update); });
  document.getElementById('reset-empty').addEventListener('click', function () {
    reset();
    search.focus();
  });
  window.addEventListener('hashchange', function () {
    apply();
    scrollToLinked();
  });

  Array.prototype.forEach.call(document.querySelectorAll('button.copy'), function (b) {
    b.hidden = false;
  });
  section.hidden = false;
  readState();
  apply();
  scrollToLinked();
}());
