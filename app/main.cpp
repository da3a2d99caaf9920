#include "app/application.h"

int main(int argc, char **argv)
{
    return headroom::ui::runApplication(argc, argv);
}
