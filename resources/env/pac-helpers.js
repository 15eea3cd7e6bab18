// SPDX-License-Identifier: GPL-3.0-or-later
// The standard PAC helper functions (Netscape's original set plus Microsoft's IPv6 "Ex"
// variants), written for Gatecheck. Name resolution and address checks are done by the
// host object `__gatecheck` in C++ (bounded by a deadline); time functions read the clock
// through __gatecheck.nowMs() so tests can fix it.

function __now() { return new Date(__gatecheck.nowMs()); }

function alert(message) { __gatecheck.log(String(message)); }

function isPlainHostName(host) {
    host = String(host);
    return host.indexOf('.') === -1 && host.indexOf(':') === -1;
}

function dnsDomainIs(host, domain) {
    host = String(host).toLowerCase();
    domain = String(domain).toLowerCase();
    return host.length >= domain.length && host.substring(host.length - domain.length) === domain;
}

function localHostOrDomainIs(host, hostdom) {
    host = String(host).toLowerCase();
    hostdom = String(hostdom).toLowerCase();
    if (host === hostdom)
        return true;
    // An unqualified host matches the first label of the fully qualified name.
    return host.indexOf('.') === -1 && hostdom.indexOf(host + '.') === 0;
}

function dnsDomainLevels(host) {
    return String(host).split('.').length - 1;
}

function shExpMatch(str, shexp) {
    var pattern = String(shexp).replace(/[.+^${}()|[\]\\\/]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp('^' + pattern + '$').test(String(str));
}

function dnsResolve(host) { return __gatecheck.dnsResolve(String(host)); }
function dnsResolveEx(host) { return __gatecheck.dnsResolveEx(String(host)); }
function isResolvable(host) { return __gatecheck.dnsResolve(String(host)) !== null; }
function isResolvableEx(host) { return __gatecheck.dnsResolveEx(String(host)) !== ''; }
function myIpAddress() { return __gatecheck.myIpAddress(); }
function myIpAddressEx() { return __gatecheck.myIpAddressEx(); }
function isInNet(host, pattern, mask) { return __gatecheck.isInNet(String(host), String(pattern), String(mask)); }
function isInNetEx(host, prefix) { return __gatecheck.isInNetEx(String(host), String(prefix)); }
function sortIpAddressList(list) { return __gatecheck.sortIpAddressList(String(list)); }
function getClientVersion() { return '1.0'; }

var __days = { SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6 };
var __months = { JAN: 0, FEB: 1, MAR: 2, APR: 3, MAY: 4, JUN: 5, JUL: 6, AUG: 7, SEP: 8, OCT: 9, NOV: 10, DEC: 11 };

// Splits off a trailing "GMT" argument.
function __args(args) {
    var list = Array.prototype.slice.call(args);
    var gmt = list.length > 0 && String(list[list.length - 1]).toUpperCase() === 'GMT';
    if (gmt)
        list.pop();
    return { list: list, gmt: gmt };
}

function __inRange(value, from, to) {
    return from <= to ? (from <= value && value <= to) : (value >= from || value <= to);
}

function weekdayRange() {
    var a = __args(arguments);
    if (a.list.length < 1 || a.list.length > 2)
        return false;
    var from = __days[String(a.list[0]).toUpperCase()];
    var to = a.list.length === 2 ? __days[String(a.list[1]).toUpperCase()] : from;
    if (from === undefined || to === undefined)
        return false;
    var now = __now();
    return __inRange(a.gmt ? now.getUTCDay() : now.getDay(), from, to);
}

// Each half of the arguments is a partial date: any of day (1-31), month name, year (> 31),
// in that order. Only the fields given are compared.
function dateRange() {
    var a = __args(arguments);
    var n = a.list.length;
    if (n < 1 || n > 6)
        return false;
    var now = __now();
    var current = {
        day: a.gmt ? now.getUTCDate() : now.getDate(),
        month: a.gmt ? now.getUTCMonth() : now.getMonth(),
        year: a.gmt ? now.getUTCFullYear() : now.getFullYear()
    };
    function parse(items) {
        var d = {};
        for (var i = 0; i < items.length; i++) {
            var s = String(items[i]).toUpperCase();
            if (__months[s] !== undefined)
                d.month = __months[s];
            else if (/^\d+$/.test(s) && parseInt(s, 10) > 31)
                d.year = parseInt(s, 10);
            else if (/^\d+$/.test(s))
                d.day = parseInt(s, 10);
            else
                return null;
        }
        return d;
    }
    function key(d, fields) {
        var k = 0;
        if (fields.year) k = k * 10000 + d.year;
        if (fields.month) k = k * 100 + d.month;
        if (fields.day) k = k * 100 + d.day;
        return k;
    }
    var first, second;
    if (n === 1) {
        first = parse(a.list);
        second = first;
    } else if (n % 2 === 0) {
        first = parse(a.list.slice(0, n / 2));
        second = parse(a.list.slice(n / 2));
    } else {
        return false;
    }
    if (first === null || second === null)
        return false;
    var fields = { year: first.year !== undefined, month: first.month !== undefined, day: first.day !== undefined };
    if (fields.year !== (second.year !== undefined) || fields.month !== (second.month !== undefined)
        || fields.day !== (second.day !== undefined))
        return false;
    return __inRange(key(current, fields), key(first, fields), key(second, fields));
}

// timeRange(hour), (hour1, hour2), (h1, m1, h2, m2), (h1, m1, s1, h2, m2, s2) [, "GMT"].
function timeRange() {
    var a = __args(arguments);
    var v = [];
    for (var i = 0; i < a.list.length; i++) {
        var x = parseInt(a.list[i], 10);
        if (isNaN(x))
            return false;
        v.push(x);
    }
    var now = __now();
    var h = a.gmt ? now.getUTCHours() : now.getHours();
    var m = a.gmt ? now.getUTCMinutes() : now.getMinutes();
    var s = a.gmt ? now.getUTCSeconds() : now.getSeconds();
    var seconds = h * 3600 + m * 60 + s;
    switch (v.length) {
    case 1:
        return h === v[0];
    case 2:
        // The end hour is exclusive: timeRange(9, 17) is 9:00:00 to 16:59:59.
        return v[0] <= v[1] ? (v[0] <= h && h < v[1]) : (h >= v[0] || h < v[1]);
    case 4:
        return __inRange(seconds, v[0] * 3600 + v[1] * 60, v[2] * 3600 + v[3] * 60 + 59);
    case 6:
        return __inRange(seconds, v[0] * 3600 + v[1] * 60 + v[2], v[3] * 3600 + v[4] * 60 + v[5]);
    default:
        return false;
    }
}
