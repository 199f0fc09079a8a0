#pragma once

#include "store/taskstore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace ow {

// A standalone task (or one a township point files): what the applicant needs, for whom, how
// urgent; for proxy work the power of attorney; for an enterprise project one sub-step per
// department ("FGJ 项目备案; ZRZY 用地规划许可").
class NewTaskDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTaskDialog)
public:
    NewTaskDialog(const QDate &today, QWidget *parent = nullptr);
    ~NewTaskDialog() override;

    NewTask task() const;

private:
    QComboBox *m_kind = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_applicant = nullptr;
    QLineEdit *m_requester = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_substeps = nullptr;
    QSpinBox *m_days = nullptr;
    QGroupBox *m_attorney = nullptr;
    QLineEdit *m_grantor = nullptr;
    QLineEdit *m_grantorId = nullptr;
    QLineEdit *m_grantee = nullptr;
    QLineEdit *m_scope = nullptr;
    QDateEdit *m_validUntil = nullptr;
};

} // namespace ow
