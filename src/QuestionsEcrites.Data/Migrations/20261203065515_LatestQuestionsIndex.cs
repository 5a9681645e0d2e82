using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QuestionsEcrites.Data.Migrations
{
    /// <inheritdoc />
    public partial class LatestQuestionsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Questions_Type_PublishedOn_Legislature_Number",
                table: "Questions",
                columns: new[] { "Type", "PublishedOn", "Legislature", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Questions_Type_PublishedOn_Legislature_Number",
                table: "Questions");
        }
    }
}
