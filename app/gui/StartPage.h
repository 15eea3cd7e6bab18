// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceCatalog.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gatecheck::gui {

struct AppSettings;

// What the user asked to check.
struct StartChoice
{
    VendorProfile profile;
    QUrl url; // the exact address, or the service's own
    QString activity; // "payroll", "bank_feeds", "reports", "invoicing", "login" or empty
};

// The first screen: pick the service (or paste the address that showed the error), say
// what you were doing, press Diagnose.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(ServiceCatalog catalog, QWidget *parent = nullptr);

    void restore(const AppSettings &settings);
    void remember(AppSettings &settings) const;
    // The choice, or nullopt with a plain-words reason shown on the page.
    std::optional<StartChoice> choice();

    QComboBox *serviceCombo() const { return m_service; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *activityCombo() const { return m_activity; }
    QPushButton *diagnoseButton() const { return m_diagnose; }
    QString hintText() const;
    // Selects the service with this profile id (or customId()); false when it is not listed.
    bool selectService(const QString &id);

    static QString customId() { return QStringLiteral("custom"); }

signals:
    void diagnoseRequested();
    void historyRequested();
    void settingsRequested();

private:
    void onUrlEdited(const QString &text);
    void onServiceChanged(int index);
    void showHint(const QString &text);

    ServiceCatalog m_catalog;
    QComboBox *m_service = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_activity = nullptr;
    QPushButton *m_diagnose = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_settings = nullptr;
    QLabel *m_hint = nullptr;
    bool m_syncing = false;
};

} // namespace gatecheck::gui
