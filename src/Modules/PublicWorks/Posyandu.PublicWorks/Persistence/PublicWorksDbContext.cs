namespace Posyandu.PublicWorks.Persistence;

/// <summary>The module's own tables in its own schema (SQLite: its own file); one subclass per provider, each with its migrations.</summary>
public class PublicWorksDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => PublicWorksModule.ModuleName;

    public DbSet<PublicWorksHousehold> Households => Set<PublicWorksHousehold>();

    public DbSet<PublicWorksPosyandu> Posyandu => Set<PublicWorksPosyandu>();

    public DbSet<PublicWorksResident> Residents => Set<PublicWorksResident>();

    public DbSet<WaterSanitationSurvey> Surveys => Set<WaterSanitationSurvey>();

    public DbSet<InfrastructureReport> InfrastructureReports => Set<InfrastructureReport>();

    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PublicWorksDbContext).Assembly);
        modelBuilder.AddServiceRequests();
    }
}

internal sealed class PublicWorksSqliteDbContext(DbContextOptions<PublicWorksSqliteDbContext> options) : PublicWorksDbContext(options);

internal sealed class PublicWorksSqlServerDbContext(DbContextOptions<PublicWorksSqlServerDbContext> options) : PublicWorksDbContext(options);
