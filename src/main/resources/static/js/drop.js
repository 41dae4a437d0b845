// A bank file dropped on the upload card is put in its file input and sent, as if chosen and imported.
(function () {
  var zone = document.getElementById('upload');
  if (!zone) {
    return;
  }
  var input = zone.querySelector('input[type=file]');
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add('dragging');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function () {
      zone.classList.remove('dragging');
    });
  });
  zone.addEventListener('drop', function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length > 0) {
      input.files = event.dataTransfer.files;
      zone.submit();
    }
  });
})();
