// govcheck serve: the page works without this script. It moves the keyboard focus to an
// error summary when a page has one, and filters the rulebook as one types (the search form
// does the same on the server when submitted).
(function () {
  "use strict";
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
})();
(function () {
  "use strict";
  var list = document.getElementById("rules");
  if (!list) { return; }
  var query = document.getElementById("q");
  var guideline = document.getElementById("riktlinje");
  var kommun = document.getElementById("kommun");
  var count = document.getElementById("rules-count");
  var rules = Array.prototype.slice.call(list.querySelectorAll("article.rule"));
  var timer = null;
  function apply() {
    var words = query.value.toLowerCase().split(/\s+/).filter(Boolean);
    var g = guideline.value, k = kommun.value, shown = 0;
    rules.forEach(function (rule) {
      var text = rule.getAttribute("data-text");
      var pack = rule.getAttribute("data-pack");
      var ok = (!g || rule.getAttribute("data-guideline") === g) &&
        (!k || pack === k || pack === "common") &&
        words.every(function (w) { return text.indexOf(w) !== -1; });
      rule.hidden = !ok;
      if (ok) { shown += 1; }
    });
    if (count) { count.textContent = count.getAttribute("data-template").replace("{count}", shown); }
  }
  function later() { clearTimeout(timer); timer = setTimeout(apply, 150); }
  query.addEventListener("input", later);
  guideline.addEventListener("change", apply);
  kommun.addEventListener("change", apply);
})();
