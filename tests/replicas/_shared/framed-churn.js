// portal.azure.com/framed-churn.html: its blade frame, and the message that opens the blade.
(() => {
  const params = new URLSearchParams(location.search);
  const probe = { openedAt: null };
  window.framedProbe = probe;
  addEventListener('DOMContentLoaded', () => {
    const frame = document.createElement('iframe');
    frame.title = 'SAML-based Sign-on';
    frame.style.cssText = 'width:100%;height:1100px;border:0';
    frame.src = `https://sso.reactblade.portal.azure.net/churn.html?${params.get('frame') ?? 'churn=all&rate=raf'}&saml=parent${location.hash}`;
    document.querySelector('main').append(frame);
    if (params.has('open')) {
      setTimeout(() => {
        frame.contentWindow.postMessage({ replica: 'open-blade' }, 'https://sso.reactblade.portal.azure.net');
        probe.openedAt = performance.now();
      }, Number(params.get('open')));
    }
  });
})();
