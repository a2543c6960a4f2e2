// The appointment form's photos, enhanced: a preview of each photo chosen before it is sent,
// and on phones a button that opens the front camera directly. Without this script the file
// inputs work as they are (the phone offers its camera among the choices).
(function () {
  "use strict";
  var form = document.querySelector(".appointment-form");
  if (!form || !window.URL || !URL.createObjectURL) return;
  var onPhone = window.matchMedia && window.matchMedia("(pointer: coarse)").matches;

  form.querySelectorAll(".face-photo input[type=file]").forEach(function (input) {
    var isPhoto = input.accept.indexOf("image/") === 0;
    var preview = document.createElement("img");
    preview.className = "face-photo__preview";
    preview.alt = "";
    preview.hidden = true;
    input.insertAdjacentElement("afterend", preview);

    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (preview.src) URL.revokeObjectURL(preview.src);
      preview.hidden = true;
      if (!file || !isPhoto) return;
      // A photo the browser cannot show (HEIC outside Safari) is still sent as it is.
      preview.onerror = function () { preview.hidden = true; };
      preview.onload = function () { preview.hidden = false; };
      preview.src = URL.createObjectURL(file);
      preview.alt = input.labels.length ? input.labels[0].textContent + ": " + file.name : file.name;
    });

    if (onPhone && isPhoto) {
      var camera = document.createElement("button");
      camera.type = "button";
      camera.className = "button button--secondary face-photo__camera";
      camera.textContent = form.dataset.cameraLabel || "Take a photo";
      camera.addEventListener("click", function () {
        input.setAttribute("capture", "user");
        input.click();
        // The next choice may be a saved photo again.
        setTimeout(function () { input.removeAttribute("capture"); }, 0);
      });
      preview.insertAdjacentElement("afterend", camera);
    }
  });
})();
