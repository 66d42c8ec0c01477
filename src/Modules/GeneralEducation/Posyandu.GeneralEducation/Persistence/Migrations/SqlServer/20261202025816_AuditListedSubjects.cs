using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.GeneralEducation.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AuditListedSubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Subjects",
                schema: "generaleducation",
                table: "audit_entries",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Subjects",
                schema: "generaleducation",
                table: "audit_entries");
        }
    }
}
