namespace Posyandu.PublicWorks.Persistence;

/// <summary>The module's own tables in its own schema (SQLite: its own file); one subclass per provider, each with its migrations.</summary>
public class PublicWorksDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => PublicWorksModule.ModuleName;

    public DbSet<PublicWorksPosyandu> Posyandu => Set<PublicWorksPosyandu>();

    public DbSet<Activity> Activities => Set<Activity>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PublicWorksDbContext).Assembly);
}

internal sealed class PublicWorksSqliteDbContext(DbContextOptions<PublicWorksSqliteDbContext> options) : PublicWorksDbContext(options);

internal sealed class PublicWorksSqlServerDbContext(DbContextOptions<PublicWorksSqlServerDbContext> options) : PublicWorksDbContext(options);
