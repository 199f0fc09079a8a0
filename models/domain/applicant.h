#pragma once

#include <QCoreApplication>
#include <QString>

namespace ow {

// The person or enterprise that applies (申请人). Entered once and found again by ID number or
// credit code for later cases (数据共享).
struct Applicant
{
    enum class Kind { Person, Enterprise };

    QString id;       // UUID v7
    Kind kind = Kind::Person;
    QString name;     // person's name or enterprise name
    QString idNumber; // resident ID number (person) or unified social credit code (enterprise)
    QString phone;
    QString address;
    QString legalRepresentative; // enterprise: 法定代表人
    QString contactName;         // enterprise: 联系人

    bool operator==(const Applicant &other) const;
};

// Checks an applicant's fields with the shared validators; used by the intake screen as the
// clerk types and by the store and the server before anything is saved.
class ApplicantRules final
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantRules)
public:
    enum class Field { Name, IdNumber, Phone, Address, LegalRepresentative, ContactName };
    struct Problem
    {
        Field field;
        QString message; // translated
    };

    static int maxLength(Field field);
    static QList<Problem> check(const Applicant &applicant);
    static QString checkField(Applicant::Kind kind, Field field, const QString &value);
    static QString kindKey(Applicant::Kind kind);
    static bool kindFromKey(const QString &key, Applicant::Kind *kind);
};

} // namespace ow
