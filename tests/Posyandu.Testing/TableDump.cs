using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Posyandu.Testing;

/// <summary>
/// Every row of some tables of a module's SQLite file, each as one line (<c>table|col=value|…</c>), sorted — to compare
/// read models row for row (a live build with a rebuild). Read through a fresh read-only connection: the host may be
/// writing (WAL gives the reader a consistent snapshot).
/// </summary>
public static class TableDump
{
    /// <summary>The names of the file's tables, but EF's and SQLite's own.</summary>
    public static List<string> Tables(string databaseFile) =>
        Query(databaseFile, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' ORDER BY name",
            r => r.GetString(0));

    /// <summary>Every row of <paramref name="tables"/>, each as a line, sorted ordinally.</summary>
    public static List<string> Rows(string databaseFile, IEnumerable<string> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var known = Tables(databaseFile).ToHashSet(StringComparer.Ordinal);
        var rows = new List<string>();
        foreach (var table in tables)
        {
            if (!known.Contains(table))
            {
                throw new ArgumentException($"{Path.GetFileName(databaseFile)} has no table '{table}'.", nameof(tables));
            }

            rows.AddRange(Query(databaseFile, $"SELECT * FROM \"{table}\"", r =>
                table + string.Concat(Enumerable.Range(0, r.FieldCount).Select(i =>
                    $"|{r.GetName(i)}={(r.IsDBNull(i) ? "null" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture))}"))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>Lines of <paramref name="expected"/> missing from <paramref name="actual"/> (−) and extra in it (+), at most <paramref name="limit"/>.</summary>
    public static string Diff(IReadOnlyCollection<string> expected, IReadOnlyCollection<string> actual, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var missing = expected.Except(actual, StringComparer.Ordinal).Select(l => "− " + l);
        var extra = actual.Except(expected, StringComparer.Ordinal).Select(l => "+ " + l);
        return string.Join('\n', missing.Concat(extra).Take(limit));
    }

    /// <summary>A query on a fresh, unpooled, read-only connection, closed at once.</summary>
    public static List<T> Query<T>(string databaseFile, string sql, Func<SqliteDataReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile, Pooling = false, Mode = SqliteOpenMode.ReadOnly, DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // the callers' own SQL, table names from sqlite_master
        command.CommandText = sql;
#pragma warning restore CA2100
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
