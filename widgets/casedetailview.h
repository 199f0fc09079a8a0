#pragma once

#include "domain/case.h"
#include "domain/casedocument.h"
#include "domain/serviceitem.h"
#include "store/casestore.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace ow {

class Workspace;

// The case detail: every field, the materials, the history, a bundle's parts with their
// outcomes, the moves the current user may make now, and the documents to reprint.
// ID and phone numbers show masked until revealed (an audited read).
class CaseDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDetailView)
public:
    CaseDetailView(Workspace &workspace, CaseStore &cases, QWidget *parent = nullptr);
    ~CaseDetailView() override;

    // Loads the case; false (and a message) when it cannot be read.
    bool showCase(const QString &caseId);
    void clear();
    void reload();
    QString caseId() const;
    const std::optional<Case> &currentCase() const { return m_case; }
    const QList<Case> &children() const { return m_children; }

    // The release screen makes its own release controls: it hides the move buttons.
    void setActionsVisible(bool visible);
    // The moves offered as buttons now (CaseLifecycle::availableEvents for this user).
    QList<CaseEvent> offeredEvents() const { return m_offered; }
    // Asks for a reason when the move needs one, then makes it.
    void trigger(CaseEvent event);
    // Makes the move as asked; the outcome is shown in words and returned.
    Status apply(const TransitionRequest &request);
    QString message() const;

    // Reveals the whole ID and phone numbers (audited).
    Status revealPersonalData();
    bool isPersonalDataRevealed() const { return m_revealed; }

    // The documents this case's history produced, and each one composed for printing.
    QList<DocumentKind> documentKinds() const;
    ComposedDocument compose(DocumentKind kind);
    Status savePdf(DocumentKind kind, const QString &path);

    static QKeySequence shortcutFor(CaseEvent event);

signals:
    void caseChanged(const QString &caseId); // a move was made
    void statusMessage(const QString &message);

private:
    QLabel *addField(int row, int column, const QString &label, const QString &name);
    void showMessage(const QString &text, bool error);
    void fill();
    void fillFields();
    void fillDuplicate();
    void fillMaterials();
    void fillHistory();
    void fillChildren();
    void fillDocuments();
    void rebuildActions();
    void previewCurrentDocument();
    void saveCurrentDocument();
    const Catalog &catalog();
    QString userName(const QString &userId) const;
    QString placeName(const QString &placeCode) const;

    Workspace &m_workspace;
    CaseStore &m_cases;
    std::optional<Catalog> m_catalog;
    std::optional<Case> m_case;
    QList<Case> m_children;
    QList<CaseEvent> m_offered;
    bool m_actionsVisible = true;
    bool m_revealed = false;
    PersonalData m_personal;

    QLabel *m_title = nullptr;
    QLabel *m_duplicate = nullptr; // the server flagged a duplicate application
    QHash<QString, QLabel *> m_values;
    QPushButton *m_reveal = nullptr;
    QWidget *m_actionBar = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_history = nullptr;
    QTableWidget *m_materials = nullptr;
    QTableWidget *m_parts = nullptr;
    QListWidget *m_documents = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace ow
