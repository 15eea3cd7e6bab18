user_pref("network.proxy.type", 1)
user_pref("network.proxy.http", "unterminated);
user_pref(network.proxy.ssl, "x");
garbage garbage
user_pref("network.proxy.socks", "socks.example");
user_pref("network.proxy.socks_port", 1080);
/* a block
   comment */ user_pref("network.proxy.socks_version", 5);
user_pref("valid.after.garbage", "caf\u00e9");
