#include "newtaskdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ow {

NewTaskDialog::NewTaskDialog(const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_applicant(new QLineEdit(this))
    , m_requester(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_department(new QLineEdit(this))
    , m_substeps(new QLineEdit(this))
    , m_days(new QSpinBox(this))
    , m_attorney(new QGroupBox(tr("Power of attorney (委托书)"), this))
    , m_grantor(new QLineEdit(m_attorney))
    , m_grantorId(new QLineEdit(m_attorney))
    , m_grantee(new QLineEdit(m_attorney))
    , m_scope(new QLineEdit(m_attorney))
    , m_validUntil(new QDateEdit(today.addDays(30), m_attorney))
{
    setObjectName(QStringLiteral("newTaskDialog"));
    setWindowTitle(tr("New help-agent task"));
    m_kind->addItem(TaskRules::kindName(TaskKind::Help), int(TaskKind::Help));
    m_kind->addItem(TaskRules::kindName(TaskKind::Proxy), int(TaskKind::Proxy));
    for (TaskPriority p : TaskRules::allPriorities())
        m_priority->addItem(TaskRules::priorityName(p), int(p));
    m_title->setObjectName(QStringLiteral("newTaskTitle"));
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("What the applicant needs help with"));
    m_substeps->setPlaceholderText(tr("Departments, e.g. FGJ 项目备案; ZRZY 用地规划许可"));
    m_days->setRange(0, 60);
    m_days->setSpecialValueText(tr("default"));
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *attorneyForm = new QFormLayout(m_attorney);
    attorneyForm->addRow(tr("Grantor (applicant):"), m_grantor);
    attorneyForm->addRow(tr("Grantor's ID number:"), m_grantorId);
    attorneyForm->addRow(tr("Grantee:"), m_grantee);
    attorneyForm->addRow(tr("For what:"), m_scope);
    attorneyForm->addRow(tr("Valid until:"), m_validUntil);
    const auto proxyChanged = [this] {
        m_attorney->setEnabled(TaskKind(m_kind->currentData().toInt()) == TaskKind::Proxy);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, proxyChanged);
    proxyChanged();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Task:"), m_title);
    form->addRow(tr("&Applicant:"), m_applicant);
    form->addRow(tr("&Requested by:"), m_requester);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("D&epartment:"), m_department);
    form->addRow(tr("&Sub-steps:"), m_substeps);
    form->addRow(tr("&Working days:"), m_days);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_attorney);
    layout->addWidget(buttons);
    m_kind->setFocus();
}

NewTaskDialog::~NewTaskDialog() = default;

NewTask NewTaskDialog::task() const
{
    NewTask t;
    t.kind = TaskKind(m_kind->currentData().toInt());
    t.priority = TaskPriority(m_priority->currentData().toInt());
    t.title = m_title->text().trimmed();
    t.applicantName = m_applicant->text().trimmed();
    t.requesterName = m_requester->text().trimmed();
    t.requesterPhone = m_phone->text().trimmed();
    t.departmentCode = m_department->text().trimmed().toUpper();
    t.workingDays = m_days->value();
    for (const QString &part : m_substeps->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        TaskSubstep s;
        s.departmentCode = p.section(QLatin1Char(' '), 0, 0).toUpper();
        s.title = p.section(QLatin1Char(' '), 1).trimmed();
        if (!s.departmentCode.isEmpty())
            t.substeps.append(s);
    }
    if (t.kind == TaskKind::Proxy) {
        t.attorney.grantorName = m_grantor->text().trimmed();
        t.attorney.grantorIdNumber = m_grantorId->text().trimmed().toUpper();
        t.attorney.granteeName = m_grantee->text().trimmed();
        t.attorney.scope = m_scope->text().trimmed();
        if (!t.attorney.grantorName.isEmpty())
            t.attorney.validUntil = m_validUntil->date();
    }
    return t;
}

} // namespace ow
