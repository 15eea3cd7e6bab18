// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// JSON (de)serialisation of the evidence model. Field names are part of the report schema:
// change them only together with Evidence::SchemaVersion and docs/report-schema.md.

#include "evidence/Observations.h"

#include <QJsonObject>

#include <optional>

namespace gatecheck {

QJsonObject toJson(const DnsObservation &o);
QJsonObject toJson(const TcpObservation &o);
QJsonObject toJson(const CertificateInfo &c);
QJsonObject toJson(const TlsObservation &o);
QJsonObject toJson(const HttpObservation &o);
QJsonObject toJson(const StatusObservation &o);
QJsonObject toJson(const EnvironmentFacts &e);
QJsonObject toJson(const Evidence &e);

DnsObservation dnsFromJson(const QJsonObject &o);
TcpObservation tcpFromJson(const QJsonObject &o);
CertificateInfo certificateFromJson(const QJsonObject &o);
TlsObservation tlsFromJson(const QJsonObject &o);
HttpObservation httpFromJson(const QJsonObject &o);
StatusObservation statusFromJson(const QJsonObject &o);
EnvironmentFacts environmentFromJson(const QJsonObject &o);

// Reads an evidence object. Unknown fields are ignored; missing ones take defaults.
// Returns nullopt with `error` set when the object is not evidence at all.
std::optional<Evidence> evidenceFromJson(const QJsonObject &o, QString *error = nullptr);

} // namespace gatecheck
