// Before/after comparison slider, as a progressive enhancement: without JavaScript each pair
// stays side by side. With it, the CSS (@media (scripting: enabled)) already stacks the photos
// and keeps room for the control, so adding it moves nothing. The control is a native range
// input, so arrow keys, Home/End, touch and screen readers work as they do everywhere else.
(function () {
  "use strict";

  function enhance(compare, index) {
    var before = compare.querySelector(".compare__before picture");
    var after = compare.querySelector(".compare__after picture");
    if (!before || !after) return;
    var beforeLabel = compare.querySelector(".compare__before strong").textContent;
    var afterLabel = compare.querySelector(".compare__after strong").textContent;

    var range = document.createElement("input");
    range.type = "range";
    range.min = "0";
    range.max = "100";
    range.value = "50";
    range.className = "compare__range";
    range.id = "compare-range-" + index;
    range.setAttribute("aria-label", compare.dataset.sliderLabel);

    function update() {
      var position = Number(range.value);
      // Left of the divider: the before photo; right of it: the after photo.
      compare.style.setProperty("--compare-position", position + "%");
      range.setAttribute(
        "aria-valuetext",
        position + "% " + beforeLabel + ", " + (100 - position) + "% " + afterLabel
      );
    }

    function moveTo(event) {
      var box = before.getBoundingClientRect();
      var position = ((event.clientX - box.left) / box.width) * 100;
      range.value = String(Math.round(Math.min(100, Math.max(0, position))));
      update();
    }

    var dragging = false;
    compare.addEventListener("pointerdown", function (event) {
      if (!event.target.closest("picture")) return;
      dragging = true;
      compare.setPointerCapture(event.pointerId);
      moveTo(event);
    });
    compare.addEventListener("pointermove", function (event) {
      if (dragging) moveTo(event);
    });
    function stop() {
      dragging = false;
    }
    compare.addEventListener("pointerup", stop);
    compare.addEventListener("pointercancel", stop);
    range.addEventListener("input", update);

    compare.appendChild(range);
    update();
  }

  document.querySelectorAll("[data-compare]").forEach(enhance);
})();
