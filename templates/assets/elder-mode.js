/*
 * gkml 长者模式 (适老化, 工业和信息化部《互联网网站适老化通用设计规范》): the button in every page's
 * header switches larger text, wider line spacing and 7:1 contrast (site.css, html.elder-mode) on
 * and off, and the choice is remembered in localStorage for the site's other pages.
 * Loaded in the head without defer: the class is set on <html> before the body is drawn, so the page
 * never shows in the wrong size first. No inline script: the site keeps to CSP default-src 'self'.
 * Storage may be refused (file:// in some browsers, private windows): the mode then lasts for the page only.
 */
(function () {
  'use strict';

  var KEY = 'gkml-elder-mode';
  var CLASS = 'elder-mode';
  var root = document.documentElement;

  function remembered() {
    try {
      return window.localStorage.getItem(KEY) === 'on';
    } catch (e) {
      return false;
    }
  }

  function remember(on) {
    try {
      if (on) window.localStorage.setItem(KEY, 'on');
      else window.localStorage.removeItem(KEY);
    } catch (e) {
      // Not remembered; the page still switches.
    }
  }

  function apply(on, button) {
    if (on) root.classList.add(CLASS);
    else root.classList.remove(CLASS);
    if (button) button.setAttribute('aria-pressed', on ? 'true' : 'false');
  }

  function wire() {
    var button = document.getElementById('elder-toggle');
    if (!button) return;
    apply(root.classList.contains(CLASS), button);
    button.hidden = false;
    button.addEventListener('click', function () {
      var on = !root.classList.contains(CLASS);
      apply(on, button);
      remember(on);
    });
  }

  apply(remembered(), null);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();
