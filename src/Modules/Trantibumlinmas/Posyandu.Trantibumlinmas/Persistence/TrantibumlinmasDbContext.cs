namespace Posyandu.Trantibumlinmas.Persistence;

/// <summary>The module's own tables in its own schema (SQLite: its own file); one subclass per provider, each with its migrations.</summary>
public class TrantibumlinmasDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => TrantibumlinmasModule.ModuleName;

    public DbSet<TrantibumlinmasPosyandu> Posyandu => Set<TrantibumlinmasPosyandu>();

    public DbSet<Activity> Activities => Set<Activity>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrantibumlinmasDbContext).Assembly);
}

internal sealed class TrantibumlinmasSqliteDbContext(DbContextOptions<TrantibumlinmasSqliteDbContext> options) : TrantibumlinmasDbContext(options);

internal sealed class TrantibumlinmasSqlServerDbContext(DbContextOptions<TrantibumlinmasSqlServerDbContext> options) : TrantibumlinmasDbContext(options);
