/*
 * gkml site search (search.html): runs the query in ?q= against search-index.js, in the browser,
 * with no server and no network. Loaded after minisearch.js, tokenize.js and search-index.js.
 * A city's or province's site has one index per region instead, at any depth, listed in
 * search-regions.js: the indexes of the regions searched (?region=a/b with the regions below it,
 * ?region=level:county for one level, or all) are added as scripts when a query is run — scripts, not fetch, so this works from file:// and under Content-Security-Policy 'self' —
 * and their results are merged, best first, each with its region's name.
 *
 * Items that contain every token of the query come first (for Chinese: every pair of characters,
 * so 低保 finds the items that contain 低保). When none does, items sharing part of the query are
 * shown, ranked, and the page says that they only match in part.
 * Each result says why it was found: it contains the words (包含), or it was found only through a
 * synonym (与“五保”相关：特困人员救助供养), naming the term of the item's names that is the synonym;
 * the status counts both kinds.
 * Everything from the index is written with textContent: data never becomes HTML.
 */
(function () {
  'use strict';

  var MAX_RESULTS = 50;
  // How people ask (低保怎么申请, 户口在哪里办理): the question words are dropped from the query, so
  // that the thing asked about decides the results, not every item whose content says 申请.
  var QUESTION = /怎么样|怎么|怎样|如何|哪里|哪儿|在哪|去哪|什么|多少|需要|可以|吗|呢|[？?！!。，,]/g;
  var TRAILING_ACTION = /(办理|申请|办)+$/;
  var SAFE_PAGE = /^[a-z0-9]+(-[a-z0-9]+)*\.html$/;
  var SAFE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  // A region's folder as the build writes it (regions/<a>/regions/<b>/ …), or '' for the top's own pages.
  var SAFE_BASE = /^(regions\/[a-z0-9][a-z0-9-]*\/)*$/;
  var INDEX_FILE = 'search-index.js';

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  function resultItem(result) {
    var li = element('li', 'search-results__item');
    var title = result.title || result.id;
    if (SAFE_PAGE.test(result.page) && SAFE_ID.test(result.id)) {
      var link = element('a', 'search-results__link', title);
      link.href = result.base + result.page + '#' + result.id;
      li.appendChild(link);
    } else {
      li.appendChild(element('span', 'search-results__link', title));
    }
    li.appendChild(element('p', 'search-results__why', result.why));
    var meta = [result.regionName, result.domainName, result.owner].filter(Boolean).join(' · ');
    if (meta) li.appendChild(element('p', 'search-results__meta', meta));
    return li;
  }

  /** The query tokens a result matched only in the synonyms the build added (field alias), not in its own text. */
  function synonymOnlyTerms(result) {
    return Object.keys(result.match || {}).filter(function (term) {
      return result.match[term].every(function (field) {
        return field === 'alias';
      });
    });
  }

  /**
   * The term of the result's names (or domain) through which it was found: of the index's synonym
   * groups that hold the query or one of the tokens matched only as a synonym, the longest term the
   * result's own text contains; '' when none is shown there (a domain's alias).
   */
  function synonymTerm(result, viaTerms, asked, tokenize) {
    var own = (result.title || '') + ' ' + (result.domainName || '');
    var best = '';
    (result.synonyms || []).forEach(function (group) {
      var related = group.some(function (term) {
        return asked.indexOf(term) >= 0 || tokenize(term).some(function (t) {
          return viaTerms.indexOf(t) >= 0;
        });
      });
      if (!related) return;
      group.forEach(function (term) {
        if (own.indexOf(term) >= 0 && term.length > best.length) best = term;
      });
    });
    return best;
  }

  /** Marks each result with why it was found: result.synonym ('' when it contains the words) and result.why, its label. */
  function explain(results, quoted, asked, tokenize, partial) {
    results.forEach(function (result) {
      var via = synonymOnlyTerms(result);
      result.viaSynonym = via.length > 0;
      result.synonym = result.viaSynonym ? synonymTerm(result, via, asked, tokenize) : '';
      if (result.viaSynonym) result.why = '与' + quoted + '相关' + (result.synonym ? '：' + result.synonym : '（同义词）');
      else result.why = partial ? '包含' + quoted + '中的部分文字' : '包含' + quoted;
    });
  }

  /** The distinct synonyms the results were found through, in the order shown, as 特困、五保户 (at most five, then 等). */
  function synonymList(results) {
    var seen = [];
    results.forEach(function (r) {
      if (r.synonym && seen.indexOf(r.synonym) < 0) seen.push(r.synonym);
    });
    if (seen.length === 0) return '';
    return '（同义词：' + seen.slice(0, 5).join('、') + (seen.length > 5 ? '等' : '') + '）';
  }

  /** All regions (''), every region of one level (level:county), or a region with those below it (a/b). */
  function inScope(region, scope) {
    if (!scope) return true;
    if (scope.indexOf('level:') === 0) return region.level === scope.slice(6);
    return region.key === scope || region.key.indexOf(scope + '/') === 0;
  }

  /**
   * The indexes to search, each {name, base, data}, passed to `done` once loaded (null if one could
   * not be): the one index of a county, or those of the city's regions in scope ('' for all).
   */
  function loadIndexes(scope, done) {
    var regions = window.gkmlSearchRegions;
    if (!regions) {
      done(window.gkmlSearchIndex ? [{ name: '', base: '', data: window.gkmlSearchIndex }] : null);
      return;
    }
    var wanted = regions.filter(function (r) {
      return SAFE_BASE.test(r.base) && inScope(r, scope);
    });
    var store = (window.gkmlSearchIndexes = window.gkmlSearchIndexes || {});
    var loaded = function (r) {
      return Object.prototype.hasOwnProperty.call(store, r.key);
    };
    // One more than the scripts to wait for, counted down after they are all added.
    var pending = wanted.length + 1;
    var finish = function () {
      if (--pending > 0) return;
      done(wanted.every(loaded) ? wanted.map(function (r) {
        return { name: r.name, base: r.base, data: store[r.key] };
      }) : null);
    };
    wanted.forEach(function (r) {
      if (loaded(r)) {
        finish();
        return;
      }
      var script = document.createElement('script');
      script.src = r.base + INDEX_FILE;
      script.onload = finish;
      script.onerror = finish;
      document.head.appendChild(script);
    });
    finish();
  }

  /** Every index's results, best first (by score, then in the order of the regions). */
  function searchAll(indexes, query, tokenize, combineWith) {
    var all = [];
    indexes.forEach(function (index, order) {
      if (!index.engine) index.engine = window.MiniSearch.loadJS(index.data.index, Object.assign({ tokenize: tokenize }, index.data.options));
      index.engine.search(query, { combineWith: combineWith }).forEach(function (result) {
        result.base = index.base;
        result.regionName = index.name;
        result.synonyms = index.data.synonyms || [];
        result.order = order;
        all.push(result);
      });
    });
    return all.sort(function (a, b) {
      return b.score - a.score || a.order - b.order;
    });
  }

  function run() {
    var input = document.getElementById('q');
    var scopeSelect = document.getElementById('q-scope');
    var section = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-list');
    if (!input || !section || !status || !list) return;

    var params = new URLSearchParams(window.location.search);
    var query = (params.get('q') || '').trim();
    var scope = '';
    var scopeName = '';
    if (scopeSelect) {
      for (var i = 0; i < scopeSelect.options.length; i++) {
        if (scopeSelect.options[i].value === (params.get('region') || '')) {
          scopeSelect.selectedIndex = i;
          scope = scopeSelect.options[i].value;
          if (scope) scopeName = scopeSelect.options[i].text.trim();
        }
      }
    }
    input.value = query;
    if (!query) return;
    var asked = searchTerms(query);
    section.hidden = false;
    document.title = '搜索：' + query + ' - ' + document.title.replace(/^搜索 - /, '');

    var tokenize = window.gkmlTokenize;
    var failed = '搜索索引未能加载，请刷新页面，或在首页按领域浏览。';
    if (!tokenize || !window.MiniSearch) {
      status.textContent = failed;
      return;
    }
    if (tokenize(asked).length === 0) {
      status.textContent = '请输入汉字、字母或数字。';
      return;
    }
    if (window.gkmlSearchRegions) status.textContent = '正在载入搜索索引……';
    loadIndexes(scope, function (indexes) {
      if (!indexes) {
        status.textContent = failed;
        return;
      }
      show(indexes, asked, tokenize, scopeName, status, list);
    });
  }

  /** The words searched for: the query without its question words (and a trailing 办理/申请 when more remains). */
  function searchTerms(query) {
    var terms = query.replace(QUESTION, ' ').trim();
    var bare = terms.replace(TRAILING_ACTION, '').trim();
    return bare || terms || query;
  }

  function show(indexes, asked, tokenize, scopeName, status, list) {
    var results = searchAll(indexes, asked, tokenize, 'AND');
    var partial = false;
    if (results.length === 0) {
      results = searchAll(indexes, asked, tokenize, 'OR');
      partial = results.length > 0;
    }
    var browse = document.getElementById('search-browse');
    if (browse) browse.hidden = results.length > 0;

    var where = scopeName ? '在' + scopeName : '';
    // The words searched for, not the question around them: 五保户怎么申请 finds items related to 五保户.
    var quoted = '“' + asked + '”';
    var shown = results.slice(0, MAX_RESULTS);
    var more = results.length > shown.length ? '，显示前 ' + shown.length + ' 个' : '';
    explain(results, quoted, asked, tokenize, partial);
    status.textContent = where + statusText(results, quoted, partial) + more + '。';
    for (var i = 0; i < shown.length; i++) list.appendChild(resultItem(shown[i]));
  }

  /** What the status says of the results (without the final 。): how many contain the words, how many were found through a synonym. */
  function statusText(results, quoted, partial) {
    var related = results.filter(function (r) {
      return r.viaSynonym;
    });
    var synonyms = synonymList(related);
    var containing = results.length - related.length;
    if (results.length === 0) return '没有找到与' + quoted + '有关的公开事项。可以换一个词，或在首页按领域浏览';
    if (partial) {
      var parts = '没有完全包含' + quoted + '的公开事项；以下 ' + results.length + ' 个事项';
      if (related.length === 0) return parts + '包含其中部分文字';
      if (containing === 0) return parts + '与' + quoted + '相关' + synonyms;
      return parts + '中，' + containing + ' 个包含其中部分文字，' + related.length + ' 个与' + quoted + '相关' + synonyms;
    }
    if (related.length === 0) return '找到 ' + results.length + ' 个包含' + quoted + '的公开事项';
    if (containing === 0) return '找到 ' + results.length + ' 个与' + quoted + '相关的公开事项' + synonyms + '，它们不直接包含' + quoted;
    return '找到 ' + results.length + ' 个公开事项：' + containing + ' 个包含' + quoted + '，' + related.length + ' 个与' + quoted + '相关' + synonyms;
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
})();
