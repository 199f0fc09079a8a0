#pragma once

#include <QStyledItemDelegate>

namespace ow {

// Colours a checklist row's status so that what is still missing stands out.
class MaterialStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaterialStatusDelegate)
public:
    explicit MaterialStatusDelegate(QObject *parent = nullptr);
    ~MaterialStatusDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ow
