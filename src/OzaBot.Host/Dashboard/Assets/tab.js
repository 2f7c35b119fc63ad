// The procesdashboard as a Teams tab. Teams opens the tab with a plain GET, so the page that arrives holds no
// figures; this script asks Teams (TeamsJS, served by the host) for the user's SSO token, fetches the same
// address with it as a Bearer token and shows the figures. The CSV link is fetched the same way. Outside
// Teams there is no token to get, and the page says where to open it.
(async () => {
  'use strict';
  const teams = window.microsoftTeams;
  const say = (text) => { document.getElementById('status').textContent = text; };
  const applyTheme = (theme) => {
    document.documentElement.className = theme === 'dark' || theme === 'contrast' ? 'dark' : 'light';
  };

  try {
    await Promise.race([
      teams.app.initialize(),
      new Promise((resolve, reject) => setTimeout(() => reject(new Error('no Teams host')), 5000)),
    ]);
  } catch {
    say('Open het procesdashboard als tabblad in Microsoft Teams: alleen daar weet het wie je bent.');
    return;
  }

  try {
    applyTheme((await teams.app.getContext()).app.theme);
    teams.app.registerOnThemeChangeHandler(applyTheme);
  } catch {
    // The theme is a nicety: the page follows the device's light or dark mode without it.
  }

  let token;
  try {
    token = await teams.authentication.getAuthToken();
  } catch {
    say('Aanmelden bij het dashboard lukte niet. Sluit het tabblad en open het opnieuw.');
    return;
  }

  const authorized = (url) => fetch(url, { headers: { Authorization: 'Bearer ' + token }, cache: 'no-store' });
  const response = await authorized(location.pathname + location.search);
  if (response.status === 403) {
    say('Dit dashboard is alleen voor coördinatoren van je organisatie. Vraag je ICT-beheerder om toegang.');
    return;
  }
  if (!response.ok) {
    say('Het dashboard is nu niet te laden. Probeer het later opnieuw.');
    return;
  }

  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  document.getElementById('dashboard').replaceWith(page.querySelector('main'));
  say('');
  teams.app.notifySuccess?.();

  document.addEventListener('click', async (event) => {
    const link = event.target.closest('a[download]');
    if (!link) {
      return;
    }
    event.preventDefault();
    const csv = await authorized(link.href);
    if (!csv.ok) {
      say('De CSV is nu niet te downloaden. Probeer het later opnieuw.');
      return;
    }
    const blob = URL.createObjectURL(await csv.blob());
    const save = document.createElement('a');
    save.href = blob;
    save.download = 'procesdashboard.csv';
    document.body.append(save);
    save.click();
    save.remove();
    URL.revokeObjectURL(blob);
  });
})();
