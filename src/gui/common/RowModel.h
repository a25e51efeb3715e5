#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <functional>
#include <memory>

namespace copil::gui {

/// The signals of every RowModel (a template cannot declare signals).
class RowModelBase : public QAbstractItemModel {
    Q_OBJECT

public:
    using QAbstractItemModel::QAbstractItemModel;

signals:
    /// An edit was refused before saving: what to tell the person, next to the cell.
    void refused(const QModelIndex& index, const QString& message);
};

/// Rows of the open meeting (notes of a question, solutions of a cause, the agenda…) as
/// an item model that follows the stored rows in place: update() removes, inserts,
/// moves and changes rows one by one, so the rows kept keep their indexes, their
/// selection, and any editor open on them. Rows form a tree when parentOf is set
/// (sub-items under their item), a flat list otherwise.
///
/// Editing a cell applies the column's setter to a copy of the row, then commit() saves
/// it (through the Editor); the stored row comes back through update(). An update that
/// arrives while a cell is being committed waits until the commit returns: a view is
/// never changed under its own setData.
template <class T> class RowModel : public RowModelBase {
public:
    struct Column {
        using Data = std::function<QVariant(const T&, int role)>;
        using Set = std::function<QString(T&, const QVariant&, int role)>;
        Column(QString header, Data data, Set set = {}, Qt::ItemFlags flags = {},
               QString headerToolTip = {})
            : header(std::move(header)), data(std::move(data)), set(std::move(set)), flags(flags),
              headerToolTip(std::move(headerToolTip))
        {
        }
        QString header;
        /// What the cell shows for a role (DisplayRole, EditRole, ToolTipRole…).
        Data data;
        /// Applies an edited value to a copy of the row: an empty string when accepted,
        /// otherwise why it is refused. Null for a column that cannot be edited.
        Set set;
        /// Flags added to those of every cell (Qt::ItemIsUserCheckable…).
        Qt::ItemFlags flags;
        QString headerToolTip;
    };
    using Filter = std::function<bool(const T&)>;
    using Less = std::function<bool(const T&, const T&)>;
    using ParentOf = std::function<QString(const T&)>;
    /// Saves an edited row (before → after); false when it could not be saved.
    using Commit = std::function<bool(const T& before, const T& after, int column)>;
    /// Whether a row may be selected and edited (true for every row when unset).
    using Enabled = std::function<Qt::ItemFlags(const T&, int column)>;

    explicit RowModel(QObject* parent = nullptr) : RowModelBase(parent) {}

    void setColumns(QList<Column> columns)
    {
        beginResetModel();
        m_columns = std::move(columns);
        endResetModel();
    }
    void setFilter(Filter filter) { m_filter = std::move(filter); }
    void setOrder(Less less) { m_less = std::move(less); }
    void setParentOf(ParentOf parentOf) { m_parentOf = std::move(parentOf); }
    void setCommit(Commit commit) { m_commit = std::move(commit); }
    void setItemFlags(Enabled flags) { m_flags = std::move(flags); }

    /// Shows the rows of all (filtered, ordered) from scratch.
    void reset(const QList<T>& all)
    {
        beginResetModel();
        m_root = std::make_unique<Node>();
        m_nodes.clear();
        const auto wanted = arrange(all);
        build(m_root.get(), wanted);
        endResetModel();
    }

    /// Brings what is shown in line with all, row by row.
    void update(const QList<T>& all)
    {
        if (m_committing) {
            m_pending = all;
            m_hasPending = true;
            return;
        }
        const auto wanted = arrange(all);
        // Rows that are gone, or that moved to another parent, leave first.
        QStringList leaving;
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
            const auto found = wanted.rows.constFind(it.key());
            if (found == wanted.rows.constEnd() ||
                parentIdOf(*found) != parentIdOf(it.value()->row)) {
                leaving << it.key();
            }
        }
        for (const QString& id : leaving) {
            if (Node* node = m_nodes.value(id)) { // not already gone with its parent
                removeNode(node);
            }
        }
        sync(m_root.get(), wanted);
    }

    /// Changes the columns' contents (a criterion added…) without changing the rows.
    void refreshAll()
    {
        if (!m_root || m_columns.isEmpty()) {
            return;
        }
        refreshUnder(m_root.get());
    }

    const T* find(const QString& id) const
    {
        const Node* n = m_nodes.value(id);
        return n ? &n->row : nullptr;
    }
    QModelIndex indexOf(const QString& id, int column = 0) const
    {
        Node* n = m_nodes.value(id);
        return n ? createIndex(rowIn(n), column, n) : QModelIndex();
    }
    /// The row shown at index (valid index only).
    const T& at(const QModelIndex& index) const { return node(index)->row; }
    const T& at(int row) const { return m_root->children.at(row)->row; }
    QString idAt(const QModelIndex& index) const
    {
        return index.isValid() ? node(index)->row.id : QString();
    }
    /// The top-level rows in the order shown.
    QList<T> rows() const
    {
        QList<T> out;
        if (m_root) {
            for (const Node* n : m_root->children) {
                out << n->row;
            }
        }
        return out;
    }
    int count() const { return m_root ? int(m_root->children.size()) : 0; }

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override
    {
        const Node* p = parent.isValid() ? node(parent) : m_root.get();
        if (!p || row < 0 || row >= p->children.size() || column < 0 ||
            column >= m_columns.size()) {
            return {};
        }
        return createIndex(row, column, p->children[row]);
    }
    QModelIndex parent(const QModelIndex& child) const override
    {
        if (!child.isValid()) {
            return {};
        }
        Node* p = node(child)->parent;
        if (!p || p == m_root.get()) {
            return {};
        }
        return createIndex(rowIn(p), 0, p);
    }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        if (parent.isValid()) {
            return parent.column() == 0 ? int(node(parent)->children.size()) : 0;
        }
        return m_root ? int(m_root->children.size()) : 0;
    }
    int columnCount(const QModelIndex& = {}) const override { return int(m_columns.size()); }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.column() >= m_columns.size()) {
            return {};
        }
        const T& row = node(index)->row;
        if constexpr (requires { row.rowRevision.value; }) {
            // What an editor opens with: its save is based on this version of the row,
            // even when someone else's arrives in the model while the person types.
            if (role == Qt::EditRole) {
                m_editedFrom.insert(row.id, row.rowRevision.value);
            }
        }
        return m_columns[index.column()].data(row, role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size()) {
            return {};
        }
        if (role == Qt::DisplayRole) {
            return m_columns[section].header;
        }
        if (role == Qt::ToolTipRole && !m_columns[section].headerToolTip.isEmpty()) {
            return m_columns[section].headerToolTip;
        }
        return {};
    }
    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        if (!index.isValid()) {
            return Qt::NoItemFlags;
        }
        const Column& c = m_columns[index.column()];
        Qt::ItemFlags f = m_flags ? m_flags(node(index)->row, index.column())
                                  : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (c.set && m_commit && (f & Qt::ItemIsEnabled)) {
            f |= Qt::ItemIsEditable;
        }
        return f | c.flags;
    }
    bool setData(const QModelIndex& index, const QVariant& value, int role) override
    {
        if (!index.isValid() || !m_commit || m_committing) {
            return false;
        }
        const Column& c = m_columns[index.column()];
        if (!c.set) {
            return false;
        }
        const T before = node(index)->row;
        T after = before;
        if constexpr (requires { after.rowRevision.value; }) {
            // Kept for the saves made while the editor stays open (typing): a change
            // someone else saves in between is a conflict too.
            if (role == Qt::EditRole) {
                after.rowRevision.value = m_editedFrom.value(after.id, after.rowRevision.value);
            }
        }
        const QString refusal = c.set(after, value, role);
        if (!refusal.isEmpty()) {
            emit refused(index, refusal);
            return false;
        }
        if (after == before) {
            return true;
        }
        m_committing = true;
        const bool saved = m_commit(before, after, index.column());
        m_committing = false;
        if (m_hasPending) {
            m_hasPending = false;
            const QList<T> pending = std::move(m_pending);
            m_pending.clear();
            update(pending);
        }
        return saved;
    }

private:
    struct Node {
        T row;
        Node* parent = nullptr;
        QList<Node*> children;
        ~Node() { qDeleteAll(children); }
    };
    struct Arranged {
        QHash<QString, T> rows;                 // by id
        QHash<QString, QStringList> childrenOf; // parent id ("" for the top) -> ids in order
    };

    static Node* node(const QModelIndex& index)
    {
        return static_cast<Node*>(index.internalPointer());
    }
    int rowIn(const Node* n) const { return int(n->parent->children.indexOf(n)); }
    QString parentIdOf(const T& row) const { return m_parentOf ? m_parentOf(row) : QString(); }

    Arranged arrange(const QList<T>& all) const
    {
        Arranged a;
        QList<const T*> kept;
        for (const T& row : all) {
            if (!m_filter || m_filter(row)) {
                kept << &row;
                a.rows.insert(row.id, row);
            }
        }
        if (m_less) {
            std::stable_sort(kept.begin(), kept.end(),
                             [this](const T* x, const T* y) { return m_less(*x, *y); });
        }
        for (const T* row : kept) {
            QString parent = parentIdOf(*row);
            if (!parent.isEmpty() && !a.rows.contains(parent)) {
                parent.clear(); // an orphan shows at the top rather than nowhere
            }
            a.childrenOf[parent] << row->id;
        }
        return a;
    }

    void build(Node* parent, const Arranged& wanted)
    {
        const QString id = parent == m_root.get() ? QString() : parent->row.id;
        for (const QString& child : wanted.childrenOf.value(id)) {
            auto* n = new Node{wanted.rows.value(child), parent, {}};
            parent->children << n;
            m_nodes.insert(child, n);
            build(n, wanted);
        }
    }

    QModelIndex indexOfNode(Node* n) const
    {
        return n == m_root.get() || !n ? QModelIndex() : createIndex(rowIn(n), 0, n);
    }

    void forget(Node* n)
    {
        m_nodes.remove(n->row.id);
        for (Node* c : n->children) {
            forget(c);
        }
    }

    void removeNode(Node* n)
    {
        Node* p = n->parent;
        const int row = rowIn(n);
        beginRemoveRows(indexOfNode(p), row, row);
        p->children.removeAt(row);
        forget(n);
        delete n;
        endRemoveRows();
    }

    void sync(Node* parent, const Arranged& wanted)
    {
        const QString pid = parent == m_root.get() ? QString() : parent->row.id;
        const QStringList want = wanted.childrenOf.value(pid);
        const QModelIndex pindex = indexOfNode(parent);
        for (int i = 0; i < want.size(); ++i) {
            const QString& id = want[i];
            const T& row = *wanted.rows.constFind(id);
            if (i < parent->children.size() && parent->children[i]->row.id == id) {
                // in place
            } else if (Node* existing = m_nodes.value(id); existing && existing->parent == parent) {
                const int from = rowIn(existing);
                beginMoveRows(pindex, from, from, pindex, i);
                parent->children.move(from, i);
                endMoveRows();
            } else {
                beginInsertRows(pindex, i, i);
                auto* n = new Node{row, parent, {}};
                parent->children.insert(i, n);
                m_nodes.insert(id, n);
                endInsertRows();
            }
            Node* n = parent->children[i];
            if (!(n->row == row)) {
                n->row = row;
                if (!m_columns.isEmpty()) {
                    emit dataChanged(createIndex(i, 0, n),
                                     createIndex(i, int(m_columns.size()) - 1, n));
                }
            }
            sync(n, wanted);
        }
    }

    void refreshUnder(Node* parent)
    {
        if (!parent->children.isEmpty()) {
            const int last = int(parent->children.size()) - 1;
            emit dataChanged(createIndex(0, 0, parent->children.first()),
                             createIndex(last, int(m_columns.size()) - 1, parent->children.last()));
        }
        for (Node* c : parent->children) {
            refreshUnder(c);
        }
    }

    QList<Column> m_columns;
    Filter m_filter;
    Less m_less;
    ParentOf m_parentOf;
    Commit m_commit;
    Enabled m_flags;
    std::unique_ptr<Node> m_root = std::make_unique<Node>();
    QHash<QString, Node*> m_nodes;
    bool m_committing = false;
    /// The version of each row an editor last opened with (its EditRole read).
    mutable QHash<QString, int> m_editedFrom;
    bool m_hasPending = false;
    QList<T> m_pending;
};

} // namespace copil::gui
