namespace Posyandu.GeneralEducation.Persistence;

/// <summary>The module's own tables in its own schema (SQLite: its own file); one subclass per provider, each with its migrations.</summary>
public class GeneralEducationDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => GeneralEducationModule.ModuleName;

    public DbSet<GeneralEducationPosyandu> Posyandu => Set<GeneralEducationPosyandu>();

    public DbSet<Activity> Activities => Set<Activity>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GeneralEducationDbContext).Assembly);
}

internal sealed class GeneralEducationSqliteDbContext(DbContextOptions<GeneralEducationSqliteDbContext> options) : GeneralEducationDbContext(options);

internal sealed class GeneralEducationSqlServerDbContext(DbContextOptions<GeneralEducationSqlServerDbContext> options) : GeneralEducationDbContext(options);
