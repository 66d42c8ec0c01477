namespace Posyandu.SharedKernel.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (embedded default) or <c>SqlServer</c> (production).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite only: the folder holding one <c>{module}.db</c> file per module. Relative to the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>SQLite only: how long a writer waits for a lock held by another connection, in milliseconds.</summary>
    public int BusyTimeoutMs { get; set; } = 5000;

    /// <summary>
    /// SQL Server only: the connection string shared by all modules (one database, one schema per module).
    /// <c>ConnectionStrings:{module}</c> overrides it for one module (one database per module).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up. Always on for SQLite; for SQL Server, off unless set.</summary>
    public bool? MigrateOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
