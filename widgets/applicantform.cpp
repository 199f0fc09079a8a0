#include "applicantform.h"

#include <QButtonGroup>
#include <QColor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ow {

namespace {

using Field = ApplicantRules::Field;

// Tab order: the ID number first, so that a returning applicant is found before anything else
// is typed.
const QList<Field> &fieldOrder()
{
    static const QList<Field> order{Field::IdNumber,    Field::Name,  Field::LegalRepresentative,
                                    Field::ContactName, Field::Phone, Field::Address};
    return order;
}

bool personOnlyHides(Field field)
{
    return field == Field::LegalRepresentative || field == Field::ContactName;
}

const QColor invalidBase(0xfd, 0xec, 0xec);
const QColor errorText(0xb4, 0x23, 0x18);
const QColor hintText(0x6b, 0x72, 0x80);

} // namespace

ApplicantForm::ApplicantForm(Lookup lookup, QWidget *parent)
    : QWidget(parent)
    , m_lookup(std::move(lookup))
    , m_person(new QRadioButton(tr("&Person"), this))
    , m_enterprise(new QRadioButton(tr("&Enterprise"), this))
    , m_lookupMessage(new QLabel(this))
{
    setObjectName(QStringLiteral("applicantForm"));
    m_person->setObjectName(QStringLiteral("applicantPerson"));
    m_enterprise->setObjectName(QStringLiteral("applicantEnterprise"));
    m_person->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_person);
    group->addButton(m_enterprise);
    connect(m_enterprise, &QRadioButton::toggled, this, [this](bool enterprise) {
        setKind(enterprise ? Applicant::Kind::Enterprise : Applicant::Kind::Person);
    });

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_person);
    kindRow->addWidget(m_enterprise);
    kindRow->addStretch();

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    int row = 0;
    for (Field field : fieldOrder()) {
        setupField(field);
        grid->addWidget(m_labels[field], row, 0);
        grid->addWidget(m_edits[field], row, 1);
        grid->addWidget(m_messages[field], row, 2);
        ++row;
    }

    m_lookupMessage->setObjectName(QStringLiteral("applicantLookupMessage"));
    m_lookupMessage->setWordWrap(true);
    m_lookupMessage->setStyleSheet(QStringLiteral("color: #1a7f37;"));
    m_lookupMessage->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(kindRow);
    layout->addLayout(grid);
    layout->addWidget(m_lookupMessage);

    QWidget *previous = m_enterprise;
    setTabOrder(m_person, m_enterprise);
    for (Field field : fieldOrder()) {
        setTabOrder(previous, m_edits[field]);
        previous = m_edits[field];
    }
    relabel();
}

ApplicantForm::~ApplicantForm() = default;

void ApplicantForm::setupField(Field field)
{
    auto *edit = new QLineEdit(this);
    edit->setMaxLength(ApplicantRules::maxLength(field));
    auto *label = new QLabel(this);
    label->setBuddy(edit);
    auto *message = new QLabel(this);
    message->setWordWrap(true);
    message->setMinimumWidth(120);
    // Room for a two-line message, so that the form does not jump while the clerk types.
    message->setMinimumHeight(message->fontMetrics().lineSpacing() * 2 + 2);
    message->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const auto names = QHash<Field, QString>{
            {Field::Name, QStringLiteral("name")},
            {Field::IdNumber, QStringLiteral("idNumber")},
            {Field::Phone, QStringLiteral("phone")},
            {Field::Address, QStringLiteral("address")},
            {Field::LegalRepresentative, QStringLiteral("legalRepresentative")},
            {Field::ContactName, QStringLiteral("contactName")}};
    edit->setObjectName(QStringLiteral("applicant_") + names.value(field));
    message->setObjectName(QStringLiteral("applicantMessage_") + names.value(field));
    m_edits.insert(field, edit);
    m_labels.insert(field, label);
    m_messages.insert(field, message);
    m_touched.insert(field, false);

    connect(edit, &QLineEdit::textChanged, this, [this, field] {
        check(field);
        if (field == Field::IdNumber)
            lookUp();
        emit changed();
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, field] {
        m_touched[field] = true;
        check(field);
    });
}

void ApplicantForm::relabel()
{
    const bool person = m_kind == Applicant::Kind::Person;
    m_labels[Field::IdNumber]->setText(person ? tr("&ID number:") : tr("&Credit code:"));
    m_edits[Field::IdNumber]->setPlaceholderText(person ? tr("18-digit resident ID number")
                                                        : tr("18-character unified social "
                                                             "credit code"));
    m_labels[Field::Name]->setText(person ? tr("&Name:") : tr("Enterprise &name:"));
    m_labels[Field::LegalRepresentative]->setText(tr("&Legal representative:"));
    m_labels[Field::ContactName]->setText(tr("C&ontact:"));
    m_labels[Field::Phone]->setText(tr("P&hone:"));
    m_labels[Field::Address]->setText(tr("Add&ress:"));
    for (Field field : {Field::LegalRepresentative, Field::ContactName}) {
        m_labels[field]->setVisible(!person);
        m_edits[field]->setVisible(!person);
        m_messages[field]->setVisible(!person);
    }
    for (Field field : fieldOrder())
        check(field);
}

void ApplicantForm::setKind(Applicant::Kind kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        m_lastLookup.clear();
        m_lookupMessage->hide();
        const QSignalBlocker blocker(m_enterprise);
        m_enterprise->setChecked(kind == Applicant::Kind::Enterprise);
        m_person->setChecked(kind == Applicant::Kind::Person);
        relabel();
        lookUp();
        emit changed();
    }
}

Applicant ApplicantForm::applicant() const
{
    Applicant a;
    a.kind = m_kind;
    a.name = m_edits[Field::Name]->text().trimmed();
    a.idNumber = m_edits[Field::IdNumber]->text().trimmed().toUpper();
    a.phone = m_edits[Field::Phone]->text().trimmed();
    a.address = m_edits[Field::Address]->text().trimmed();
    if (m_kind == Applicant::Kind::Enterprise) {
        a.legalRepresentative = m_edits[Field::LegalRepresentative]->text().trimmed();
        a.contactName = m_edits[Field::ContactName]->text().trimmed();
    }
    return a;
}

void ApplicantForm::clear()
{
    for (Field field : fieldOrder()) {
        const QSignalBlocker blocker(m_edits[field]);
        m_edits[field]->clear();
        m_touched[field] = false;
    }
    m_lastLookup.clear();
    m_lookupMessage->hide();
    m_lookupMessage->clear();
    setKind(Applicant::Kind::Person);
    for (Field field : fieldOrder())
        check(field);
}

bool ApplicantForm::isEmpty() const
{
    return std::all_of(m_edits.cbegin(), m_edits.cend(),
                       [](const QLineEdit *edit) { return edit->text().trimmed().isEmpty(); });
}

bool ApplicantForm::revealProblems()
{
    bool ok = true;
    for (Field field : fieldOrder()) {
        if (personOnlyHides(field) && m_kind == Applicant::Kind::Person)
            continue;
        m_touched[field] = true;
        check(field);
        ok = ok && ApplicantRules::checkField(m_kind, field, m_edits[field]->text()).isEmpty();
    }
    return ok;
}

void ApplicantForm::focusFirstField()
{
    m_edits[Field::IdNumber]->setFocus(Qt::OtherFocusReason);
}

QWidget *ApplicantForm::firstField() const
{
    return m_person;
}

QWidget *ApplicantForm::lastField() const
{
    return m_edits[Field::Address];
}

QString ApplicantForm::lookupMessage() const
{
    return m_lookupMessage->isHidden() ? QString() : m_lookupMessage->text();
}

void ApplicantForm::check(Field field)
{
    QLineEdit *edit = m_edits[field];
    QLabel *label = m_messages[field];
    const QString value = edit->text();
    const QString message = ApplicantRules::checkField(m_kind, field, value);
    // While a field is being typed its message is a quiet hint; once the clerk leaves it, or
    // the ID number has its full length, a problem is shown as an error.
    const bool complete = field == Field::IdNumber
            && value.trimmed().size() >= ApplicantRules::maxLength(field);
    const bool asError = !message.isEmpty() && (m_touched.value(field) || complete);
    const bool show = !message.isEmpty() && (asError || !value.trimmed().isEmpty());
    label->setText(show ? message : QString());
    QPalette labelPalette = label->palette();
    labelPalette.setColor(QPalette::WindowText, asError ? errorText : hintText);
    label->setPalette(labelPalette);
    QPalette editPalette = edit->palette();
    editPalette.setColor(QPalette::Base, asError ? invalidBase : palette().color(QPalette::Base));
    edit->setPalette(editPalette);
    edit->setProperty("invalid", asError);
    edit->setToolTip(asError ? message : QString());
}

void ApplicantForm::lookUp()
{
    const QString idNumber = m_edits[Field::IdNumber]->text().trimmed().toUpper();
    if (!ApplicantRules::checkField(m_kind, Field::IdNumber, idNumber).isEmpty()) {
        m_lastLookup.clear();
        m_lookupMessage->hide();
        return;
    }
    if (idNumber == m_lastLookup || !m_lookup)
        return;
    m_lastLookup = idNumber;
    const std::optional<Applicant> found = m_lookup(m_kind, idNumber);
    if (!found) {
        m_lookupMessage->setText(tr("New applicant: not found in earlier cases."));
        m_lookupMessage->setStyleSheet(QStringLiteral("color: #6b7280;"));
        m_lookupMessage->show();
        return;
    }
    // What the clerk already typed wins; the rest comes from the earlier record.
    const auto fill = [this](Field field, const QString &value) {
        QLineEdit *edit = m_edits[field];
        if (edit->text().trimmed().isEmpty() && !value.isEmpty())
            edit->setText(value);
    };
    fill(Field::Name, found->name);
    fill(Field::Phone, found->phone);
    fill(Field::Address, found->address);
    if (m_kind == Applicant::Kind::Enterprise) {
        fill(Field::LegalRepresentative, found->legalRepresentative);
        fill(Field::ContactName, found->contactName);
    }
    m_lookupMessage->setText(tr("Returning applicant %1: the details from earlier cases were "
                                "filled in (data sharing). Check them with the applicant.")
                                     .arg(found->name));
    m_lookupMessage->setStyleSheet(QStringLiteral("color: #1a7f37;"));
    m_lookupMessage->show();
}

} // namespace ow
