#include "applicant.h"

#include "creditcode.h"
#include "phonenumber.h"
#include "residentid.h"

namespace ow {

bool Applicant::operator==(const Applicant &other) const
{
    return id == other.id && kind == other.kind && name == other.name
            && idNumber == other.idNumber && phone == other.phone && address == other.address
            && legalRepresentative == other.legalRepresentative
            && contactName == other.contactName;
}

int ApplicantRules::maxLength(Field field)
{
    switch (field) {
    case Field::Name:
        return 100; // enterprise names run long; a person's name is checked tighter below
    case Field::IdNumber:
        return 18;
    case Field::Phone:
        return 24;
    case Field::Address:
        return 200;
    case Field::LegalRepresentative:
    case Field::ContactName:
        return 50;
    }
    return 0;
}

namespace {

// A name is letters (Han or Latin), the middle dot of minority and foreign names, and spaces.
bool hasOnlyNameCharacters(const QString &value)
{
    for (const QChar c : value) {
        if (!(c.isLetter() || c == QChar(0x00B7) || c == QChar(0x30FB) || c == QLatin1Char(' ')
              || c == QLatin1Char('.')))
            return false;
    }
    return true;
}

} // namespace

QString ApplicantRules::checkField(Applicant::Kind kind, Field field, const QString &raw)
{
    const QString value = raw.trimmed();
    if (value.size() > maxLength(field))
        return tr("Too long: at most %n character(s).", nullptr, maxLength(field));
    const bool person = kind == Applicant::Kind::Person;
    switch (field) {
    case Field::Name:
        if (value.isEmpty())
            return person ? tr("Enter the applicant's name.") : tr("Enter the enterprise's name.");
        if (person && (value.size() > 30 || !hasOnlyNameCharacters(value)))
            return tr("A person's name has letters only (a middle dot · is allowed), at most 30.");
        return {};
    case Field::IdNumber:
        if (person) {
            const auto result = ResidentId::validate(value);
            return result.isValid() ? QString() : ResidentId::message(result.reason);
        } else {
            const auto result = CreditCode::validate(value);
            return result.isValid() ? QString() : CreditCode::message(result.reason);
        }
    case Field::Phone: {
        const auto result = PhoneNumber::validate(value);
        return result.isValid() ? QString() : PhoneNumber::message(result.reason);
    }
    case Field::Address:
        return {};
    case Field::LegalRepresentative:
        if (person)
            return {};
        if (value.isEmpty())
            return tr("Enter the legal representative's name.");
        return hasOnlyNameCharacters(value) ? QString()
                                            : tr("The legal representative's name has letters only.");
    case Field::ContactName:
        return value.isEmpty() || hasOnlyNameCharacters(value)
                ? QString()
                : tr("The contact's name has letters only.");
    }
    return {};
}

QList<ApplicantRules::Problem> ApplicantRules::check(const Applicant &a)
{
    QList<Problem> problems;
    const QList<QPair<Field, QString>> fields{
            {Field::Name, a.name},
            {Field::IdNumber, a.idNumber},
            {Field::Phone, a.phone},
            {Field::Address, a.address},
            {Field::LegalRepresentative, a.legalRepresentative},
            {Field::ContactName, a.contactName},
    };
    for (const auto &[field, value] : fields) {
        const QString message = checkField(a.kind, field, value);
        if (!message.isEmpty())
            problems.append({field, message});
    }
    return problems;
}

QString ApplicantRules::kindKey(Applicant::Kind kind)
{
    return kind == Applicant::Kind::Person ? QStringLiteral("person")
                                           : QStringLiteral("enterprise");
}

bool ApplicantRules::kindFromKey(const QString &key, Applicant::Kind *kind)
{
    if (key == QLatin1String("person"))
        *kind = Applicant::Kind::Person;
    else if (key == QLatin1String("enterprise"))
        *kind = Applicant::Kind::Enterprise;
    else
        return false;
    return true;
}

} // namespace ow
