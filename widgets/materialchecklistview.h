#pragma once

#include <QTableView>

namespace ow {

class MaterialChecklistModel;

// The materials checklist, worked from the keyboard: Space marks the current material received
// (or missing again) and moves on; R received, M missing, D defective (then type the note),
// L supply later (容缺 only; then the date), + and - the copies, A every missing one received.
class MaterialChecklistView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaterialChecklistView)
public:
    explicit MaterialChecklistView(MaterialChecklistModel *model, QWidget *parent = nullptr);
    ~MaterialChecklistView() override;

    static QString keysHelp();

signals:
    void message(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void moveToRow(int row);

    MaterialChecklistModel *m_model = nullptr;
};

} // namespace ow
