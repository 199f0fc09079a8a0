#pragma once

#include "domain/applicant.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace ow {

// The applicant of an intake: a person (name, resident ID, phone, address) or an enterprise
// (name, credit code, legal representative, contact, phone, address). Each field is checked
// with ApplicantRules as the clerk types, the message shown beside it. A complete, valid ID
// number or credit code looks the applicant up (数据共享) and fills in what is known.
class ApplicantForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicantForm)
public:
    using Lookup = std::function<std::optional<Applicant>(Applicant::Kind, const QString &)>;

    explicit ApplicantForm(Lookup lookup, QWidget *parent = nullptr);
    ~ApplicantForm() override;

    Applicant applicant() const;
    Applicant::Kind kind() const { return m_kind; }
    void setKind(Applicant::Kind kind);
    void clear();
    bool isEmpty() const;
    // Marks every field with a problem (also the untouched ones); returns whether all are fine.
    bool revealProblems();
    void focusFirstField();
    QLineEdit *field(ApplicantRules::Field field) const { return m_edits.value(field); }
    QWidget *lastField() const;
    QWidget *firstField() const;
    QString lookupMessage() const;

signals:
    void changed();

private:
    void setupField(ApplicantRules::Field field);
    void relabel();
    void check(ApplicantRules::Field field);
    void lookUp();

    Lookup m_lookup;
    Applicant::Kind m_kind = Applicant::Kind::Person;
    QRadioButton *m_person = nullptr;
    QRadioButton *m_enterprise = nullptr;
    QHash<ApplicantRules::Field, QLineEdit *> m_edits;
    QHash<ApplicantRules::Field, QLabel *> m_labels;
    QHash<ApplicantRules::Field, QLabel *> m_messages;
    QHash<ApplicantRules::Field, bool> m_touched;
    QLabel *m_lookupMessage = nullptr;
    QString m_lastLookup;
};

} // namespace ow
