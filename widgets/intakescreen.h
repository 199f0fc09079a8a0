#pragma once

#include "domain/case.h"
#include "domain/casedocument.h"
#include "domain/result.h"
#include "store/casestore.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace ow {

class ApplicantForm;
class CatalogItemModel;
class ItemPicker;
class MaterialChecklistModel;
class MaterialChecklistView;
class Workspace;

// The intake screen (一窗受理): choose the item, enter the applicant, check the materials,
// decide (accept, one-time notice, reject, receive only), then print what the applicant takes
// home. Worked from the keyboard; the store judges and saves the whole intake in one
// transaction, and the screen shows what it says.
class IntakeScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeScreen)
public:
    IntakeScreen(Workspace &workspace, CaseStore &cases, CatalogItemModel *catalog,
                 QWidget *parent = nullptr);
    ~IntakeScreen() override;

    // The moment of the act; tests fix it.
    void setClock(std::function<QDateTime()> clock);

    // Clears the screen for the next applicant; asks first if an unsaved intake would be lost.
    void newIntake();
    bool hasDraft() const;
    bool chooseItem(const QString &itemCode);
    // Asks the store to save the intake with this decision; false (with the reason on screen)
    // when it refused, and then nothing was saved.
    bool submit(IntakeDecision decision, const QString &reason = {});

    const std::optional<Case> &savedCase() const { return m_case; }
    QList<DocumentKind> documentKinds() const;
    ComposedDocument composeDocument(DocumentKind kind) const;
    Status writeDocument(DocumentKind kind, const QString &path) const;
    QString errorText() const;

signals:
    void caseSaved(const QString &caseId);

private:
    QWidget *createFormPage();
    QWidget *createResultPage();
    void resetForm();
    void showItem();
    void showResult();
    void askReasonAndReject();
    void printCurrent();
    void saveCurrentPdf();
    void checkAgent();
    void showError(const QString &message);
    DocumentKind currentDocument() const;
    QDate today() const;

    Workspace &m_workspace;
    CaseStore &m_cases;
    CatalogItemModel *m_catalog = nullptr;
    std::function<QDateTime()> m_clock;
    std::optional<ServiceItem> m_item;
    std::optional<Case> m_case;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_formPage = nullptr;
    QWidget *m_resultPage = nullptr;

    ItemPicker *m_picker = nullptr;
    QLabel *m_itemSummary = nullptr;
    ApplicantForm *m_applicant = nullptr;
    QLineEdit *m_agentName = nullptr;
    QLineEdit *m_agentId = nullptr;
    QLabel *m_agentMessage = nullptr;
    QComboBox *m_assistance = nullptr;
    QComboBox *m_assistancePriority = nullptr;
    QDateEdit *m_attorneyUntil = nullptr;
    MaterialChecklistModel *m_materials = nullptr;
    MaterialChecklistView *m_checklist = nullptr;
    QLabel *m_noLongerRequired = nullptr;
    QLabel *m_checklistMessage = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_notify = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_receive = nullptr;
    QLabel *m_error = nullptr;

    QLabel *m_caseNumber = nullptr;
    QLabel *m_resultSummary = nullptr;
    QListWidget *m_documents = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_new = nullptr;
    QLabel *m_resultMessage = nullptr;
};

} // namespace ow
