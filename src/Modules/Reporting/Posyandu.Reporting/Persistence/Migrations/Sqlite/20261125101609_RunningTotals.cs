using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.Reporting.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RunningTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "running_total_changes",
                schema: "reporting",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Delta = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_running_total_changes", x => new { x.RegionCode, x.Metric, x.Period });
                });

            migrationBuilder.CreateIndex(
                name: "IX_running_total_changes_ParentCode_Metric_Period",
                schema: "reporting",
                table: "running_total_changes",
                columns: new[] { "ParentCode", "Metric", "Period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "running_total_changes",
                schema: "reporting");
        }
    }
}
