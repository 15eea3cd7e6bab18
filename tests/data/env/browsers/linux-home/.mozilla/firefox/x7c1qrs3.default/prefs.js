// Mozilla User Preferences
user_pref("browser.newtabpage.enabled", false);
