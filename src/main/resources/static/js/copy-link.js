// The client page's copy button for a personal link just issued. A file, never inline script: the
// pages' Content-Security-Policy runs only this server's own script files. The button holds the link
// in data-copy and names, in data-status, the live region that says whether copying worked.
(function () {
  'use strict';

  // The Clipboard API where the browser allows it (a secure context, a focused page); otherwise the
  // older copy command on a hidden text box.
  function copy(text) {
    const viaCommand = () => new Promise((resolve, reject) => {
      const box = document.createElement('textarea');
      box.value = text;
      box.setAttribute('readonly', '');
      box.className = 'offscreen';
      document.body.appendChild(box);
      box.select();
      const copied = document.execCommand('copy');
      document.body.removeChild(box);
      if (copied) {
        resolve();
      } else {
        reject(new Error('copy refused'));
      }
    });
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(viaCommand);
    }
    return viaCommand();
  }

  document.querySelectorAll('button[data-copy]').forEach((button) => {
    button.addEventListener('click', () => {
      const status = document.getElementById(button.dataset.status);
      copy(button.dataset.copy).then(
        () => { status.textContent = 'Copied.'; },
        () => { status.textContent = 'Could not copy: select the link and copy it.'; });
    });
  });
})();
