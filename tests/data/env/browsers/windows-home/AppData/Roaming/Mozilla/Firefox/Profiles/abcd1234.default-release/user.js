// set by IT
user_pref("network.proxy.type", 4);
