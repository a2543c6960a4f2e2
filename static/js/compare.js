// Before/after comparison slider, as a progressive enhancement: without JavaScript each pair
// stays side by side. The control is a native range input, so arrow keys, Home/End, touch
// and screen readers work as they do everywhere else.
(function () {
  "use strict";

  function enhance(compare, index) {
    var before = compare.querySelector(".compare__before picture");
    var after = compare.querySelector(".compare__after picture");
    if (!before || !after) return;
    var beforeLabel = compare.querySelector(".compare__before strong").textContent;
    var afterLabel = compare.querySelector(".compare__after strong").textContent;

    var stage = document.createElement("div");
    stage.className = "compare__stage";
    var overlay = document.createElement("div");
    overlay.className = "compare__overlay";
    var divider = document.createElement("div");
    divider.className = "compare__divider";
    divider.setAttribute("aria-hidden", "true");
    var range = document.createElement("input");
    range.type = "range";
    range.min = "0";
    range.max = "100";
    range.value = "50";
    range.className = "compare__range";
    range.setAttribute("aria-label", compare.dataset.sliderLabel);

    function update() {
      var position = Number(range.value);
      // Left of the divider: the before photo; right of it: the after photo.
      overlay.style.clipPath = "inset(0 0 0 " + position + "%)";
      divider.style.left = position + "%";
      range.setAttribute(
        "aria-valuetext",
        position + "% " + beforeLabel + ", " + (100 - position) + "% " + afterLabel
      );
    }

    function moveTo(event) {
      var box = stage.getBoundingClientRect();
      var position = ((event.clientX - box.left) / box.width) * 100;
      range.value = String(Math.round(Math.min(100, Math.max(0, position))));
      update();
    }

    var dragging = false;
    stage.addEventListener("pointerdown", function (event) {
      dragging = true;
      stage.setPointerCapture(event.pointerId);
      moveTo(event);
    });
    stage.addEventListener("pointermove", function (event) {
      if (dragging) moveTo(event);
    });
    function stop() {
      dragging = false;
    }
    stage.addEventListener("pointerup", stop);
    stage.addEventListener("pointercancel", stop);

    range.addEventListener("input", update);

    overlay.appendChild(after);
    stage.append(before, overlay, divider);
    compare.prepend(stage, range);
    compare.classList.add("compare--slider");
    range.id = "compare-range-" + index;
    update();
  }

  document.querySelectorAll("[data-compare]").forEach(enhance);
})();
