namespace Posyandu.Social.Persistence;

/// <summary>The module's own tables in its own schema (SQLite: its own file); one subclass per provider, each with its migrations.</summary>
public class SocialDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => SocialModule.ModuleName;

    public DbSet<SocialPosyandu> Posyandu => Set<SocialPosyandu>();

    public DbSet<Activity> Activities => Set<Activity>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SocialDbContext).Assembly);
}

internal sealed class SocialSqliteDbContext(DbContextOptions<SocialSqliteDbContext> options) : SocialDbContext(options);

internal sealed class SocialSqlServerDbContext(DbContextOptions<SocialSqlServerDbContext> options) : SocialDbContext(options);
